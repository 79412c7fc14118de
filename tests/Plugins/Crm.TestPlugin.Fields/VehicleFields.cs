using Crm.Abstractions.CustomFields;

namespace Crm.TestPlugin.Fields;

/// <summary>
/// Lead fields of each type whose codes contain dots. None is required, so other tests that load
/// every test plugin still create leads without them.
/// </summary>
public sealed class VehicleFields : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields =>
    [
        new(CustomFieldEntity.Lead, "fields.vin", "VIN", CustomFieldType.Text) { MaxLength = 17 },
        new(CustomFieldEntity.Lead, "fields.mileage", "Mileage", CustomFieldType.Number) { Minimum = 0, Decimals = 0 },
        new(CustomFieldEntity.Lead, "fields.first-registration", "First registration", CustomFieldType.Date),
        new(CustomFieldEntity.Lead, "fields.fuel", "Fuel", CustomFieldType.Choice) { Choices = [new("petrol", "Petrol"), new("diesel", "Diesel")] },
    ];
}
