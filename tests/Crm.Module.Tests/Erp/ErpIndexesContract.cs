using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Erp.Indexes;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Erp;

/// <summary>
/// The ERP indexes the add-on needs, on Host.Sample's schema: which it already has, creating the
/// missing ones on request (and only then), twice without harm, for the Admin only.
/// </summary>
public abstract class ErpIndexesContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;
    private HostSampleShape _shape = null!;

    protected abstract DatabaseEngine Engine { get; }

    private ErpIndexes Indexes => _run!.AddOn.Container.Resolve<ErpIndexes>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _shape = new HostSampleShape();
        var settings = new Dictionary<string, string?> { ["Crm:Erp:Profile"] = _shape.Profile };
        _run = await AddOnOnDatabase.StartAsync(Engine, db => _shape.SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), settings, new FixedClock(Now));
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_list_says_which_needed_indexes_the_host_schema_already_has()
    {
        var report = await Indexes.GetAsync(CancellationToken.None);

        Assert.AreEqual(Engine.ToString(), report.Engine);
        Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_customers", "customer_no"), "the primary key");
        Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_orders", "customer_no", "order_date"), "ix_erp_orders_customer_date");
        Assert.AreEqual(ErpIndexes.Missing, Status(report, "erp_orders", "order_date"), "the forecast's date range: Host.Sample has no such index");
        Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_order_lines", "order_no"), "the primary key (order_no, line_no) starts with it");
        Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_invoices", "customer_no", "invoice_date"));
        Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_invoices", "order_no"));
        if (Engine == DatabaseEngine.PostgreSql)
        {
            Assert.AreEqual(ErpIndexes.Present, Status(report, "erp_customers", "name"), "ix_erp_customers_name");
            // Not installed in a fresh database; available where the server has PostgreSQL's contrib package.
            Assert.Contains(report.TrigramExtension, new[] { "available", ErpIndexes.Unavailable });
            var expected = report.TrigramExtension == "available" ? ErpIndexes.Missing : ErpIndexes.Unavailable;
            var trigram = report.Indexes.Where(i => i.Method == nameof(ErpIndexMethod.Trigram)).ToList();
            CollectionAssert.AreEquivalent(new[] { "name", "email", "customer_no" }, trigram.Select(i => i.Columns.Single()).ToList());
            Assert.IsTrue(trigram.All(i => i.Status == expected && i.Statement.Contains("USING gin", StringComparison.Ordinal)));
        }
        else
        {
            Assert.IsNull(report.TrigramExtension);
            Assert.AreEqual(ErpIndexes.Missing, Status(report, "erp_customers", "name", "customer_no", "email"), "the search's covering name index; Host.Sample's has the name only");
        }

        Assert.IsTrue(report.Indexes.All(i => !string.IsNullOrWhiteSpace(i.Why)));
    }

    [TestMethod]
    public async Task Creating_the_missing_indexes_twice_creates_them_once_and_changes_no_erp_row()
    {
        var database = _run!.Database;
        var rows = await ErpFingerprint.TakeAsync(database, _shape.ErpTables);
        var missing = (await Indexes.GetAsync(CancellationToken.None)).Indexes.Where(i => i.Status == ErpIndexes.Missing).Select(i => i.Name).ToList();
        Assert.IsNotEmpty(missing);
        Assert.IsFalse(await HasIndexAsync(missing[0]), "listing creates nothing");

        var first = await Indexes.CreateMissingAsync(CancellationToken.None);

        Assert.IsEmpty(first.Failed, string.Join("; ", first.Failed.Select(f => f.Name + ": " + f.Message)));
        CollectionAssert.AreEquivalent(missing, first.Created.ToList());
        Assert.IsTrue(first.After.Indexes.All(i => i.Status != ErpIndexes.Missing), string.Join(", ", first.After.Indexes.Where(i => i.Status == ErpIndexes.Missing).Select(i => i.Name)));
        foreach (var name in missing)
        {
            Assert.IsTrue(await HasIndexAsync(name), name);
        }

        var second = await Indexes.CreateMissingAsync(CancellationToken.None);
        Assert.IsEmpty(second.Created);
        Assert.IsEmpty(second.Failed);
        Assert.AreEqual(rows, await ErpFingerprint.TakeAsync(database, _shape.ErpTables));
    }

    [TestMethod]
    public async Task Only_an_admin_lists_or_creates_erp_indexes()
    {
        foreach (var role in CrmRoles.All.Where(r => r != CrmRoles.Admin))
        {
            _run!.AddOn.User.SetRoles(role);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Indexes.GetAsync(CancellationToken.None), role);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Indexes.CreateMissingAsync(CancellationToken.None), role);
        }

        _run!.AddOn.User.SetRoles(CrmRoles.Admin);
        Assert.IsTrue((await Indexes.GetAsync(CancellationToken.None)).Indexes.Any(i => i.Status == ErpIndexes.Missing), "the refused calls created nothing");
    }

    private static string Status(ErpIndexReport report, string table, params string[] columns) =>
        report.Indexes.Single(i => i.Table == table && i.Method == nameof(ErpIndexMethod.BTree) && i.Columns.SequenceEqual(columns)).Status;

    private async Task<bool> HasIndexAsync(string name)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var sql = Engine switch
        {
            DatabaseEngine.Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = @name",
            DatabaseEngine.PostgreSql => "SELECT COUNT(*) FROM pg_indexes WHERE indexname = @name",
            _ => "SELECT COUNT(*) FROM sys.indexes WHERE name = @name",
        };
        return await connection.ExecuteScalarAsync<long>(sql, new { name }) == 1;
    }
}

[TestClass]
public sealed class ErpIndexesOnSqliteTests : ErpIndexesContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class ErpIndexesOnPostgresTests : ErpIndexesContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class ErpIndexesOnSqlServerTests : ErpIndexesContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
