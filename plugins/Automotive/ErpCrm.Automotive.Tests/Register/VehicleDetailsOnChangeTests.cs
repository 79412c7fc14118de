using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Testing.Databases;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Register;

/// <summary>Entering a registered VIN later fills in what the register knows (SQLite file).</summary>
[TestClass]
public sealed class VehicleDetailsOnChangeTests
{
    private const string KnownVin = "WAUZZZF40NA000001";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    [TestMethod]
    public async Task A_VIN_entered_on_an_opportunity_brings_model_fuel_and_first_registration()
    {
        await using var database = await RegisterWithOneCarAsync();
        var handler = new VehicleDetailsOnChange(new VehicleDetails(new VehicleRegister(database)));
        var context = new CrmChangeContext(CustomFieldEntity.Opportunity, "42", "rep", new Dictionary<string, string> { ["auto.vin"] = KnownVin, ["auto.mileage"] = "48200" });

        await handler.BeforeAsync(Changed(CustomFieldEntity.Opportunity, context.Fields, new Dictionary<string, string>()), context, CancellationToken.None);

        Assert.AreEqual("Audi A4 Avant", context.Enriched["auto.model"]);
        Assert.AreEqual("diesel", context.Enriched["auto.fuel"]);
        Assert.AreEqual("2022-03-15", context.Enriched["auto.first-registration"]);
    }

    [TestMethod]
    public async Task A_change_that_leaves_the_VIN_as_it_was_fills_in_nothing()
    {
        await using var database = await RegisterWithOneCarAsync();
        var handler = new VehicleDetailsOnChange(new VehicleDetails(new VehicleRegister(database)));
        var fields = new Dictionary<string, string> { ["auto.vin"] = KnownVin, ["auto.mileage"] = "50000" };
        var context = new CrmChangeContext(CustomFieldEntity.Opportunity, "42", "rep", fields);

        await handler.BeforeAsync(Changed(CustomFieldEntity.Opportunity, fields, new Dictionary<string, string> { ["auto.vin"] = KnownVin }), context, CancellationToken.None);

        Assert.IsEmpty(context.Enriched, "the user may have cleared the model on purpose");
    }

    [TestMethod]
    public async Task On_an_activity_only_the_fields_it_has_are_filled_in()
    {
        await using var database = await RegisterWithOneCarAsync();
        var handler = new VehicleDetailsOnChange(new VehicleDetails(new VehicleRegister(database)));
        var context = new CrmChangeContext(CustomFieldEntity.Activity, "7", "rep", new Dictionary<string, string> { ["auto.vin"] = KnownVin });

        await handler.BeforeAsync(Changed(CustomFieldEntity.Activity, context.Fields, new Dictionary<string, string>()), context, CancellationToken.None);

        Assert.IsEmpty(context.Enriched);
    }

    private static async Task<SqliteTestDatabase> RegisterWithOneCarAsync()
    {
        var database = SqliteTestDatabase.Create();
        PluginMigrations.MigrateUp(database);
        await new VehicleRegister(database).RecordSaleAsync(
            new RegisteredVehicle(KnownVin, "C100", "Audi A4 Avant", "diesel", new DateOnly(2022, 3, 15), new DateOnly(2022, 3, 20), "O-1", null, RegisteredVehicle.FromErpOrder),
            CancellationToken.None);
        return database;
    }

    private static CustomFieldsChanged Changed(CustomFieldEntity entity, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> previous) =>
        new(entity, "42", values, previous) { EventId = Guid.NewGuid(), OccurredAt = Now };
}
