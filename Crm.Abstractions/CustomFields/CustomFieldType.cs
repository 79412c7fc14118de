namespace Crm.Abstractions.CustomFields;

/// <summary>
/// What a custom field holds. Values travel as text in an invariant form (events, plugin APIs,
/// <see cref="ICustomFieldValues"/>) and as typed JSON in the HTTP API.
/// </summary>
public enum CustomFieldType
{
    /// <summary>Text on one line; see <see cref="CustomField.MaxLength"/> and <see cref="CustomField.Pattern"/>.</summary>
    Text,

    /// <summary>A decimal number; invariant text <c>1234.5</c>, a JSON number in the HTTP API.</summary>
    Number,

    /// <summary>A calendar date without time; invariant text and JSON <c>2026-03-31</c>.</summary>
    Date,

    /// <summary>One of <see cref="CustomField.Choices"/>, stored and exchanged as the choice's code.</summary>
    Choice,
}
