using Crm.Abstractions.CustomFields;

namespace Crm.Module.Tests.Privacy;

/// <summary>Custom fields as a plugin would add them: a text (personal) and a number (not) on leads, a text on inquiries.</summary>
internal sealed class PrivacyFields : ICustomFieldSource
{
    public const string Nickname = "privacy.nickname";

    public const string Headcount = "privacy.headcount";

    public const string Callback = "privacy.callback";

    public IEnumerable<CustomField> Fields =>
    [
        new(CustomFieldEntity.Lead, Nickname, "Nickname", CustomFieldType.Text),
        new(CustomFieldEntity.Lead, Headcount, "Headcount", CustomFieldType.Number) { Decimals = 0 },
        new(CustomFieldEntity.Inquiry, Callback, "Call back on", CustomFieldType.Text),
    ];
}
