using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Testing.Databases;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Register;

/// <summary>A won opportunity's car goes into the register (SQLite file).</summary>
[TestClass]
public sealed class RecordSoldVehicleTests
{
    private static readonly DateTimeOffset ClosedAt = new(2026, 11, 20, 16, 45, 0, TimeSpan.FromHours(1));

    [TestMethod]
    public async Task The_car_of_a_won_opportunity_is_registered_under_the_buyer()
    {
        await using var database = SqliteTestDatabase.Create();
        PluginMigrations.MigrateUp(database);
        var values = new StoredFieldValues();
        values.Set(CustomFieldEntity.Opportunity, "42", new Dictionary<string, string>
        {
            ["auto.vin"] = "WVWZZZ1KZAW000123",
            ["auto.model"] = "VW Golf 1.5 TSI",
            ["auto.fuel"] = "petrol",
            ["auto.first-registration"] = "2026-11-18",
            ["auto.mileage"] = "12",
        });
        var register = new VehicleRegister(database);

        await new RecordSoldVehicle(values, register).HandleAsync(Won(42, "C100"), CancellationToken.None);

        Assert.AreEqual(
            new RegisteredVehicle("WVWZZZ1KZAW000123", "C100", "VW Golf 1.5 TSI", "petrol", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), null, "OPP-2026-000042", RegisteredVehicle.FromOpportunity),
            await register.FindAsync("WVWZZZ1KZAW000123", CancellationToken.None));
    }

    [TestMethod]
    public async Task An_opportunity_without_VIN_registers_nothing()
    {
        await using var database = SqliteTestDatabase.Create();
        PluginMigrations.MigrateUp(database);
        var values = new StoredFieldValues();
        values.Set(CustomFieldEntity.Opportunity, "43", new Dictionary<string, string> { ["auto.model"] = "Service contract" });

        await new RecordSoldVehicle(values, new VehicleRegister(database)).HandleAsync(Won(43, "C100"), CancellationToken.None);

        await using var connection = await database.OpenConnectionAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM auto_vehicles";
        Assert.AreEqual(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    private static OpportunityWon Won(long id, string account) => new(new Opportunity(
        id, $"OPP-2026-{id:000000}", "Golf for " + account, account, null, null, "new-business", "negotiation", 100, 32_000m, "EUR",
        new DateOnly(2026, 11, 30), null, "rep", OpportunityStatus.Won, null, null, ClosedAt, null, ClosedAt.AddDays(-20), "rep", ClosedAt, "rep", 5))
    {
        EventId = Guid.NewGuid(),
        OccurredAt = ClosedAt,
    };
}
