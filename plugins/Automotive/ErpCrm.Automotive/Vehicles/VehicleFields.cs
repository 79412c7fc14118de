using Crm.Abstractions.CustomFields;

namespace ErpCrm.Automotive.Vehicles;

/// <summary>
/// The vehicle on the records a dealer works with: the car being sold on an opportunity, the car a
/// customer calls about on an inquiry, and the car and its odometer reading on a workshop activity.
/// </summary>
internal sealed class VehicleFields : ICustomFieldSource
{
    private const string VinHint = "17 letters and digits, without I, O and Q";

    /// <summary>Highest odometer reading accepted; more is a typing error, not a car.</summary>
    private const decimal MaximumMileage = 2_000_000m;

    public static IReadOnlyList<CustomFieldChoice> FuelTypes { get; } =
    [
        new("petrol", "Petrol"),
        new("diesel", "Diesel"),
        new("hybrid", "Hybrid"),
        new("plug-in-hybrid", "Plug-in hybrid"),
        new("electric", "Electric"),
        new("lpg", "LPG"),
        new("cng", "Natural gas (CNG)"),
        new("hydrogen", "Hydrogen"),
    ];

    private static readonly IReadOnlyList<CustomField> All =
    [
        VinOn(CustomFieldEntity.Opportunity),
        ModelOn(CustomFieldEntity.Opportunity),
        new(CustomFieldEntity.Opportunity, AutomotiveCodes.FirstRegistration, "First registration", CustomFieldType.Date),
        new(CustomFieldEntity.Opportunity, AutomotiveCodes.Fuel, "Fuel", CustomFieldType.Choice) { Choices = FuelTypes },
        MileageOn(CustomFieldEntity.Opportunity, "Mileage (km)"),
        VinOn(CustomFieldEntity.Inquiry),
        ModelOn(CustomFieldEntity.Inquiry),
        VinOn(CustomFieldEntity.Activity),
        MileageOn(CustomFieldEntity.Activity, "Mileage at service (km)"),
    ];

    public IEnumerable<CustomField> Fields => All;

    /// <summary>The codes defined for <paramref name="entity"/>, so that enrichment sets only fields the record has.</summary>
    public static IReadOnlySet<string> CodesOf(CustomFieldEntity entity) =>
        All.Where(f => f.Entity == entity).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);

    private static CustomField VinOn(CustomFieldEntity entity) =>
        new(entity, AutomotiveCodes.Vin, "VIN", CustomFieldType.Text) { MaxLength = Vin.Length, Pattern = Vin.Pattern, PatternHint = VinHint };

    private static CustomField ModelOn(CustomFieldEntity entity) =>
        new(entity, AutomotiveCodes.Model, "Model", CustomFieldType.Text) { MaxLength = 100 };

    private static CustomField MileageOn(CustomFieldEntity entity, string name) =>
        new(entity, AutomotiveCodes.Mileage, name, CustomFieldType.Number) { Minimum = 0, Maximum = MaximumMileage, Decimals = 0 };
}
