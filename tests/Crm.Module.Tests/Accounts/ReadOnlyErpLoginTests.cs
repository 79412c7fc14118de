using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Infrastructure;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Crm.Testing.Databases;
using Host.Sample.Erp;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// The strongest proof that the add-on never writes ERP tables: on PostgreSQL it runs — migrations,
/// validation, search, overview, owner assignment — as a login that may only read them.
/// </summary>
[TestClass]
public sealed class ReadOnlyErpLoginTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow("HostSample")]
    [DataRow("SapBusinessOne")]
    public async Task The_add_on_works_with_read_only_rights_on_the_erp_tables(string profile)
    {
        await using var database = (PostgresTestDatabase)await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(DatabaseEngine.PostgreSql));
        ErpShape shape = profile == "HostSample" ? new HostSampleShape() : new SapBusinessOneShapeOracle(DatabaseEngine.PostgreSql);
        await shape.SeedAsync(database, DateOnly.FromDateTime(Now.UtcDateTime));
        var readOnly = new SampleErpDatabase(DatabaseEngine.PostgreSql, await database.CreateRestrictedLoginAsync("crm_addon", shape.ErpTables));

        await using var addOn = await AddOnUnderTest.StartAsync(readOnly, new Dictionary<string, string?> { ["Crm:Erp:Profile"] = profile }, new FixedClock(Now));
        var accounts = await addOn.Accounts.SearchAsync(null, new PageRequest(1, 5));
        var key = accounts.Items[0].Key;
        var overview = await addOn.Accounts.GetOverviewAsync(key, 20);
        var assignment = await addOn.Container.Resolve<IAccountOwners>().AssignAsync(key, "rep", 0);

        Assert.IsGreaterThan(0, overview.OrderCount);
        Assert.AreEqual(1, assignment.Version);
    }
}
