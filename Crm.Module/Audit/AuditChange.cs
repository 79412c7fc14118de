namespace Crm.Module.Audit;

/// <summary>One field of a record as one audit entry saw it change: null is "no value".</summary>
internal sealed record AuditChange(string Field, string? Old, string? New);
