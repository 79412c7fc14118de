using Crm.Abstractions.CustomFields;

namespace Company.CrmPlugin;

/// <summary>
/// The custom fields this plugin adds. The add-on stores, validates, shows and filters them; the
/// plugin only declares them. Codes start with the plugin's id in lower case so that they never
/// clash with another plugin's, and must never change once records carry values.
/// </summary>
public sealed class PluginFields : ICustomFieldSource
{
    /// <summary>The serial number of the device an inquiry is about.</summary>
    public const string SerialNumber = "company.crmplugin.serial-number";

    /// <summary>The service plan an account has bought.</summary>
    public const string ServicePlan = "company.crmplugin.service-plan";

    public IEnumerable<CustomField> Fields { get; } =
    [
        new(CustomFieldEntity.Inquiry, SerialNumber, "Serial number", CustomFieldType.Text)
        {
            MaxLength = 20,
            // Either case: the add-on checks what clerks type against the pattern before any
            // before handler runs, and the before handler then stores it upper-cased, so one
            // device never appears under two spellings.
            Pattern = "^[A-Za-z0-9-]{4,20}$",
            PatternHint = "4 to 20 letters, digits and dashes",
        },
        new(CustomFieldEntity.Account, ServicePlan, "Service plan", CustomFieldType.Choice)
        {
            Choices = [new("basic", "Basic"), new("premium", "Premium")],
        },
    ];
}
