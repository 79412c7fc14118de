using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Register;

[TestClass]
public sealed class VehicleRegisterOnSqliteTests : VehicleRegisterContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class VehicleRegisterOnPostgresTests : VehicleRegisterContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

/// <summary>The register in <c>auto_vehicles</c>, created by the plugin's migration on a real database.</summary>
public abstract class VehicleRegisterContract
{
    private const string Vin = "WVWZZZ1KZAW000123";

    private TestDatabase? _database;

    protected abstract DatabaseEngine Engine { get; }

    private TestDatabase Database => _database!;

    private VehicleRegister Register => new(Database);

    [TestInitialize]
    public async Task CreateDatabaseAsync()
    {
        _database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        PluginMigrations.MigrateUp(_database);
    }

    [TestCleanup]
    public async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_recorded_sale_is_found_by_VIN_with_all_its_details()
    {
        var sale = new RegisteredVehicle(Vin, "C100", "VW Golf 1.5 TSI", "petrol", new DateOnly(2025, 11, 28), new DateOnly(2025, 12, 1), "O-1", "OPP-2025-000042", RegisteredVehicle.FromOpportunity);

        Assert.IsTrue(await Register.RecordSaleAsync(sale, CancellationToken.None));

        Assert.AreEqual(sale, await Register.FindAsync(Vin, CancellationToken.None));
        Assert.IsNull(await Register.FindAsync("WVWZZZ1KZAW000999", CancellationToken.None));
    }

    [TestMethod]
    public async Task A_car_sold_again_moves_to_its_new_buyer_and_keeps_what_the_new_sale_does_not_know()
    {
        await Register.RecordSaleAsync(new RegisteredVehicle(Vin, "C100", "VW Golf 1.5 TSI", "petrol", new DateOnly(2025, 11, 28), new DateOnly(2025, 12, 1), "O-1", "OPP-2025-000042", RegisteredVehicle.FromOpportunity), CancellationToken.None);

        await Register.RecordSaleAsync(new RegisteredVehicle(Vin, "C200", null, null, null, new DateOnly(2026, 6, 1), "O-9", null, RegisteredVehicle.FromErpOrder), CancellationToken.None);

        Assert.AreEqual(
            new RegisteredVehicle(Vin, "C200", "VW Golf 1.5 TSI", "petrol", new DateOnly(2025, 11, 28), new DateOnly(2026, 6, 1), "O-9", null, RegisteredVehicle.FromErpOrder),
            await Register.FindAsync(Vin, CancellationToken.None));
    }

    [TestMethod]
    public async Task The_ERP_order_of_the_same_buyers_sale_keeps_the_won_opportunity()
    {
        await Register.RecordSaleAsync(new RegisteredVehicle(Vin, "C100", "Golf 8 Life", "petrol", null, new DateOnly(2025, 12, 1), null, "OPP-2025-000042", RegisteredVehicle.FromOpportunity), CancellationToken.None);

        await Register.RecordSaleAsync(new RegisteredVehicle(Vin, "C100", "VW Golf 1.5 TSI", null, null, new DateOnly(2025, 12, 3), "O-1", null, RegisteredVehicle.FromErpOrder), CancellationToken.None);

        var vehicle = await Register.FindAsync(Vin, CancellationToken.None);
        Assert.AreEqual("OPP-2025-000042", vehicle?.OpportunityNumber);
        Assert.AreEqual("O-1", vehicle?.OrderKey);
    }

    [TestMethod]
    public async Task An_older_sale_replayed_later_does_not_take_the_car_back()
    {
        var current = new RegisteredVehicle(Vin, "C200", "VW Golf", null, null, new DateOnly(2026, 6, 1), "O-9", null, RegisteredVehicle.FromErpOrder);
        await Register.RecordSaleAsync(current, CancellationToken.None);

        Assert.IsFalse(await Register.RecordSaleAsync(current with { AccountKey = "C100", SoldOn = new DateOnly(2025, 12, 1), OrderKey = "O-1" }, CancellationToken.None));

        Assert.AreEqual(current, await Register.FindAsync(Vin, CancellationToken.None));
    }

    [TestMethod]
    public async Task Recording_the_same_sale_twice_writes_the_same_row()
    {
        var sale = new RegisteredVehicle(Vin, "C100", "VW Golf", null, null, new DateOnly(2025, 12, 1), "O-1", null, RegisteredVehicle.FromErpOrder);

        await Register.RecordSaleAsync(sale, CancellationToken.None);
        await Register.RecordSaleAsync(sale, CancellationToken.None);

        Assert.AreEqual(sale, await Register.FindAsync(Vin, CancellationToken.None));
        await using var connection = await Database.OpenConnectionAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM auto_vehicles";
        Assert.AreEqual(1L, Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
