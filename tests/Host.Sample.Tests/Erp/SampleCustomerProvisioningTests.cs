using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Testing;
using Crm.Testing.Databases;
using Dapper;
using Host.Sample.Erp;

namespace Host.Sample.Tests.Erp;

[TestClass]
public sealed class SampleCustomerProvisioningTests
{
    private static readonly NewErpCustomer Prospect = new("crm-prospect:7", "Hanbit Logistics 주식회사", "info@hanbit.example", "+82 2 555 0101", "Teheran-ro 1", "06236", "Seoul", "kr", "KRW", "rep");

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_request_creates_one_customer_with_the_next_number_however_often_it_is_repeated(DatabaseEngine engine)
    {
        await using var database = await TestDatabases.CreateAsync(engine);
        ErpSchemaMigrator.Migrate(engine, database.ConnectionString);
        await using (var seed = await database.OpenConnectionAsync())
        {
            await seed.ExecuteAsync("INSERT INTO erp_customers (customer_no, name, currency, created_on) VALUES ('C10041', 'Existing', 'EUR', @day)", new { day = new DateTime(2026, 1, 2) });
        }

        var provisioning = new SampleCustomerProvisioning(new SampleErpDatabase(engine, database.ConnectionString), new FixedClock(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));

        var requests = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => provisioning.CreateCustomerAsync(Prospect, CancellationToken.None))));
        var other = await provisioning.CreateCustomerAsync(Prospect with { RequestKey = "crm-prospect:8", Name = "Other" }, CancellationToken.None);

        Assert.IsTrue(requests.All(r => r.AccountKey == "C10042"), string.Join(", ", requests.Select(r => r.AccountKey)));
        Assert.AreEqual("C10043", other.AccountKey);
        await using var connection = await database.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string Name, string Country, string Currency)>("SELECT name, country, currency FROM erp_customers WHERE crm_request_key = 'crm-prospect:7'");
        Assert.AreEqual(("Hanbit Logistics 주식회사", "KR", "KRW"), row);
    }

    [TestMethod]
    public async Task Fields_the_erp_cannot_hold_are_named()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseEngine.Sqlite);
        ErpSchemaMigrator.Migrate(DatabaseEngine.Sqlite, database.ConnectionString);
        var provisioning = new SampleCustomerProvisioning(new SampleErpDatabase(DatabaseEngine.Sqlite, database.ConnectionString), TimeProvider.System);

        var refused = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => provisioning.CreateCustomerAsync(Prospect with { Name = " ", Country = "KOR" }, CancellationToken.None));

        CollectionAssert.AreEquivalent(new[] { "name", "country" }, refused.Errors.Keys.ToList());
    }
}
