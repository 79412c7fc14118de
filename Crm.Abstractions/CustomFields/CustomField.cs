namespace Crm.Abstractions.CustomFields;

/// <summary>
/// A field a plugin adds to a kind of CRM record. The add-on stores its values in its own tables,
/// validates them on every write (before anything is written, naming the field), returns them from
/// the API, shows and edits them on the record's screen and lets lists filter by them.
/// </summary>
/// <remarks>
/// <para>Declare fields through an <see cref="ICustomFieldSource"/> registered in your plugin's Autofac module:</para>
/// <code>
/// new CustomField(CustomFieldEntity.Opportunity, "auto.vin", "VIN", CustomFieldType.Text)
/// {
///     MaxLength = 17,
///     Pattern = "^[A-HJ-NPR-Z0-9]{17}$",
///     PatternHint = "17 letters and digits, without I, O and Q",
/// }
/// </code>
/// <para>
/// Values are addressed as <c>customFields.&lt;code&gt;</c> in validation errors, as
/// <c>cf.&lt;code&gt;=value</c> in list filters, and by <see cref="Code"/> everywhere else. Changing
/// a field's type later does not convert stored values: add a new field instead.
/// </para>
/// </remarks>
/// <param name="Entity">The kind of record that gets the field.</param>
/// <param name="Code">
/// Stable code, unique per entity across all plugins: your plugin's short prefix, a dot and a name in
/// lower case with dashes, e.g. <c>auto.first-registration</c> (letters, digits, dots and dashes, at most 60 characters).
/// </param>
/// <param name="Name">Label for people (English; translate it through an <see cref="Screens.ILabelSource"/> under the key <c>field.&lt;code&gt;</c>).</param>
/// <param name="Type">What the field holds.</param>
public sealed record CustomField(CustomFieldEntity Entity, string Code, string Name, CustomFieldType Type)
{
    /// <summary>Whether every record of the entity must have a value: enforced when a record is created and whenever the field is written.</summary>
    public bool Required { get; init; }

    /// <summary>For <see cref="CustomFieldType.Text"/>: the longest value accepted (1 to 4000; 200 when not set).</summary>
    public int? MaxLength { get; init; }

    /// <summary>For <see cref="CustomFieldType.Text"/>: a .NET regular expression the whole value must match, e.g. <c>^[A-HJ-NPR-Z0-9]{17}$</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>What to tell the user when <see cref="Pattern"/> does not match (English; shown in the validation error).</summary>
    public string? PatternHint { get; init; }

    /// <summary>For <see cref="CustomFieldType.Number"/>: the smallest value accepted.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>For <see cref="CustomFieldType.Number"/>: the largest value accepted.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>For <see cref="CustomFieldType.Number"/>: digits allowed after the decimal point (0 to 6; 2 when not set).</summary>
    public int? Decimals { get; init; }

    /// <summary>For <see cref="CustomFieldType.Choice"/>: the allowed values, in the order a picker lists them (at least one).</summary>
    public IReadOnlyList<CustomFieldChoice>? Choices { get; init; }
}

/// <summary>One allowed value of a <see cref="CustomFieldType.Choice"/> field.</summary>
/// <param name="Code">What is stored, e.g. <c>petrol</c> (letters, digits, dots and dashes).</param>
/// <param name="Name">Label for people (English; translate under <c>field.&lt;field code&gt;.&lt;choice code&gt;</c>).</param>
public sealed record CustomFieldChoice(string Code, string Name);
