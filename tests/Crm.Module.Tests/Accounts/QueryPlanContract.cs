using Crm.Abstractions.Erp;
using Crm.Module.Accounts;
using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;
using Crm.Module.Tests.Infrastructure;
using Crm.Module.Tests.Shapes;
using Crm.Testing.Databases;
using Dapper;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// The ERP views are derived tables; this checks that the databases really inline them, so that
/// every account statement reaches the ERP's own indexes instead of scanning whole tables.
/// </summary>
public abstract class QueryPlanContract
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    protected abstract DatabaseEngine Engine { get; }

    /// <summary>The plan of <paramref name="sql"/>, one text line per plan step.</summary>
    private protected abstract Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters);

    /// <summary>True when a plan line reads a whole ERP table.</summary>
    private protected abstract bool IsFullScan(string planLine);

    [TestMethod]
    public async Task Every_account_statement_uses_the_erp_indexes()
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        await new HostSampleShape().SeedAsync(database, Today);
        var options = ErpMappingLoader.Load(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Crm:Erp:Profile", "HostSample")])
            .Build());
        var sql = new AccountSql(ErpViewBuilder.Build(options, SqlDialects.For(Engine)), SqlDialects.For(Engine));
        var parameters = new DynamicParameters(new
        {
            accountKey = "C10001",
            skip = 0L,
            take = 20,
            today = Today.ToDateTime(TimeOnly.MinValue),
            revenueSince = Today.AddMonths(-23).ToDateTime(TimeOnly.MinValue),
        });

        foreach (var (name, statement) in new[]
        {
            ("account", sql.Account), ("order statistics", sql.OrderStats), ("orders page", sql.OrdersPage),
            ("invoice count", sql.InvoiceCount), ("invoices page", sql.InvoicesPage), ("balances", sql.Balances),
            ("revenue", sql.RevenueByMonth), ("days to pay", sql.AverageDaysToPay),
        })
        {
            var plan = await ExplainAsync(database, statement.TrimEnd(';', '\n', ' '), parameters);
            var scans = plan.Where(IsFullScan).ToList();
            Assert.IsEmpty(scans, $"{name} scans a whole table:\n{string.Join('\n', plan)}");
        }
    }
}

[TestClass]
public sealed class SqliteQueryPlanTests : QueryPlanContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    private protected override async Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters);
        return [.. rows.Select(r => r.Detail)];
    }

    // "SCAN erp_orders" reads every row; "SEARCH … USING INDEX" does not.
    private protected override bool IsFullScan(string planLine) =>
        planLine.StartsWith("SCAN erp_", StringComparison.Ordinal) && !planLine.Contains("USING", StringComparison.Ordinal);
}

[TestClass]
public sealed class PostgresQueryPlanTests : QueryPlanContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    // The demo tables are small enough that PostgreSQL would rightly prefer a sequential scan; with
    // sequential scans priced out, it still chooses one only where no index can serve the query.
    private protected override async Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters)
    {
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("SET enable_seqscan = off; ANALYZE;");
        return [.. await connection.QueryAsync<string>("EXPLAIN " + sql, parameters)];
    }

    private protected override bool IsFullScan(string planLine) => planLine.Contains("Seq Scan on erp_", StringComparison.Ordinal);
}
