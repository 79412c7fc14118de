using Crm.Abstractions.CustomFields;

namespace Crm.Module.Tests.Screens;

/// <summary>A plugin's custom fields of every type, with codes that contain dots, on leads, accounts and activities.</summary>
internal sealed class VehicleFields : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields =>
    [
        new(CustomFieldEntity.Lead, "auto.vin", "VIN", CustomFieldType.Text) { Required = true, MaxLength = 17 },
        new(CustomFieldEntity.Lead, "auto.mileage", "Mileage", CustomFieldType.Number) { Minimum = 0 },
        new(CustomFieldEntity.Lead, "auto.first-registration", "First registration", CustomFieldType.Date),
        new(CustomFieldEntity.Lead, "auto.fuel", "Fuel", CustomFieldType.Choice) { Choices = [new("petrol", "Petrol"), new("diesel", "Diesel")] },
        new(CustomFieldEntity.Account, "auto.fleet-size", "Fleet size", CustomFieldType.Number) { Decimals = 0 },
        new(CustomFieldEntity.Activity, "auto.test-drive", "Test drive", CustomFieldType.Choice) { Choices = [new("yes", "Yes"), new("no", "No")] },
    ];
}
