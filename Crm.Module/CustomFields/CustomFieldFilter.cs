namespace Crm.Module.CustomFields;

/// <summary>One <c>cf.&lt;code&gt;=value</c> of a list request, checked and typed.</summary>
internal sealed record CustomFieldFilter(DefinedField Field, CustomFieldValue Value);
