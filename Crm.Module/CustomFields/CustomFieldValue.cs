namespace Crm.Module.CustomFields;

/// <summary>
/// A checked value: <see cref="Text"/> is its invariant text (what reads return), <see cref="Number"/>
/// and <see cref="Date"/> its typed form for the typed columns that filters seek on.
/// </summary>
internal sealed record CustomFieldValue(string Text, decimal? Number, DateOnly? Date);
