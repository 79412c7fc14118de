namespace Crm.Module.CustomFields;

/// <summary>What the API answers for one record: its values as typed JSON values by code, and their version (0 when nothing was ever stored).</summary>
internal sealed record CustomFieldState(string Entity, string Key, IReadOnlyDictionary<string, object> Values, int Version);
