using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Testing.Databases;
using ErpCrm.Automotive.Inquiries;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Inquiries;

/// <summary>The check before an inquiry is logged, with the register in a real SQLite file.</summary>
[TestClass]
public sealed class VehicleInquiryCheckTests
{
    private const string KnownVin = "WVWZZZ1KZAW000123";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    private SqliteTestDatabase? _database;

    private VehicleInquiryCheck Check => new(new VehicleDetails(new VehicleRegister(_database!)));

    [TestInitialize]
    public async Task CreateRegisterAsync()
    {
        _database = SqliteTestDatabase.Create();
        PluginMigrations.MigrateUp(_database);
        await new VehicleRegister(_database).RecordSaleAsync(
            new RegisteredVehicle(KnownVin, "C100", "VW Golf 1.5 TSI", "petrol", new DateOnly(2025, 11, 28), new DateOnly(2025, 12, 1), "O-1", null, RegisteredVehicle.FromErpOrder),
            CancellationToken.None);
    }

    [TestCleanup]
    public async Task DropRegisterAsync() => await _database!.DisposeAsync();

    [TestMethod]
    [DataRow("auto.recall")]
    [DataRow("auto.warranty-claim")]
    public async Task A_recall_or_warranty_claim_without_VIN_is_refused_naming_the_VIN_field(string category)
    {
        var context = Context([]);

        await Check.BeforeAsync(Logged(category), context, CancellationToken.None);

        Assert.IsTrue(context.IsVetoed);
        var message = context.Vetoes["customFields.auto.vin"].Single();
        StringAssert.Contains(message, "vehicle identification number (VIN)");
        Assert.IsEmpty(context.Enriched);
    }

    [TestMethod]
    public async Task The_refusal_speaks_the_callers_language()
    {
        var context = Context([]);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            await Check.BeforeAsync(Logged("auto.recall"), context, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        StringAssert.Contains(context.Vetoes["customFields.auto.vin"].Single(), "Fahrzeug-Identifizierungsnummer (FIN)");
    }

    [TestMethod]
    public async Task A_recall_with_a_registered_VIN_gets_the_model_and_nothing_the_inquiry_does_not_have()
    {
        var context = Context(new() { ["auto.vin"] = KnownVin });

        await Check.BeforeAsync(Logged("auto.recall"), context, CancellationToken.None);

        Assert.IsFalse(context.IsVetoed);
        CollectionAssert.AreEquivalent(new[] { "auto.model" }, context.Enriched.Keys.ToArray());
        Assert.AreEqual("VW Golf 1.5 TSI", context.Fields["auto.model"]);
    }

    [TestMethod]
    public async Task A_model_the_clerk_typed_is_kept_and_an_unknown_VIN_is_accepted_as_it_is()
    {
        var typed = Context(new() { ["auto.vin"] = KnownVin, ["auto.model"] = "Golf VIII" });
        var unknown = Context(new() { ["auto.vin"] = "WVWZZZ1KZAW000999" });

        await Check.BeforeAsync(Logged("auto.recall"), typed, CancellationToken.None);
        await Check.BeforeAsync(Logged("auto.recall"), unknown, CancellationToken.None);

        Assert.IsFalse(typed.IsVetoed || unknown.IsVetoed);
        Assert.IsEmpty(typed.Enriched);
        Assert.IsEmpty(unknown.Enriched);
    }

    [TestMethod]
    public async Task Other_categories_need_no_VIN()
    {
        var context = Context([]);

        await Check.BeforeAsync(Logged("auto.service-request"), context, CancellationToken.None);
        await Check.BeforeAsync(Logged("delivery-status"), context, CancellationToken.None);

        Assert.IsFalse(context.IsVetoed);
    }

    private static CrmChangeContext Context(Dictionary<string, string> fields) => new(CustomFieldEntity.Inquiry, "INQ-2026-000123", "clerk", fields);

    private static InquiryLogged Logged(string category)
    {
        var target = new ServiceTargetState(Now.AddHours(4), null, false, false, false);
        return new InquiryLogged(new Inquiry(
            "INQ-2026-000123", "C100", "Airbag recall letter", null, InquiryChannel.Phone, "Max Mustermann", null, null, category, InquiryPriority.High,
            InquiryStatus.New, "service", "clerk", null, target, target, null, Now, "clerk", Now, 1))
        {
            EventId = Guid.NewGuid(),
            OccurredAt = Now,
        };
    }
}
