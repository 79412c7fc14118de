using Crm.Abstractions.CustomFields;

namespace Crm.Module.Tests.CustomFields;

/// <summary>A plugin's fields: one of each type on leads, a required one on activities, one each on opportunities, inquiries and accounts.</summary>
internal sealed class FleetFields : ICustomFieldSource
{
    public const string PluginId = "Acme.Fleet";

    public IEnumerable<CustomField> Fields =>
    [
        new(CustomFieldEntity.Lead, "fleet.vin", "VIN", CustomFieldType.Text)
        {
            MaxLength = 17,
            Pattern = "[A-HJ-NPR-Z0-9]{17}",
            PatternHint = "17 letters and digits, without I, O and Q",
        },
        new(CustomFieldEntity.Lead, "fleet.size", "Fleet size", CustomFieldType.Number) { Minimum = 1, Maximum = 10000, Decimals = 0 },
        new(CustomFieldEntity.Lead, "fleet.first-registration", "First registration", CustomFieldType.Date),
        new(CustomFieldEntity.Lead, "fleet.fuel", "Fuel", CustomFieldType.Choice)
        {
            Choices = [new("petrol", "Petrol"), new("diesel", "Diesel"), new("electric", "Electric")],
        },
        new(CustomFieldEntity.Lead, "fleet.note", "Note", CustomFieldType.Text),
        new(CustomFieldEntity.Activity, "fleet.plate", "Licence plate", CustomFieldType.Text) { Required = true },
        new(CustomFieldEntity.Opportunity, "fleet.vehicles", "Vehicles", CustomFieldType.Number) { Decimals = 0 },
        new(CustomFieldEntity.Inquiry, "fleet.claim", "Claim number", CustomFieldType.Text),
        new(CustomFieldEntity.Account, "fleet.depot", "Depot", CustomFieldType.Text),
    ];
}

/// <summary>A source with one bad definition among good ones: it must be left out whole.</summary>
internal sealed class BrokenPatternFields : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields =>
    [
        new(CustomFieldEntity.Lead, "broken.ok", "Fine on its own", CustomFieldType.Text),
        new(CustomFieldEntity.Lead, "broken.pattern", "Bad pattern", CustomFieldType.Text) { Pattern = "([unclosed" },
    ];
}

/// <summary>A source that reuses a code another source already declared.</summary>
internal sealed class DuplicateCodeFields : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields => [new(CustomFieldEntity.Lead, "fleet.size", "Fleet size again", CustomFieldType.Number)];
}

/// <summary>Definitions that break a rule each, every one in a source of its own.</summary>
internal sealed class SingleFieldSource(CustomField definition) : ICustomFieldSource
{
    public IEnumerable<CustomField> Fields => [definition];
}
