namespace Crm.Abstractions.Sales;

/// <summary>One step in a lead's history. A lead's history includes that of the leads merged into it.</summary>
/// <param name="LeadId">The lead the step happened to (a merged lead's id for its own earlier steps).</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Kind"><c>Created</c>, <c>Updated</c>, <c>StatusChanged</c>, <c>Assigned</c>, <c>Merged</c> (another lead was merged into this one) or <c>MergedInto</c>.</param>
/// <param name="Text">What changed, in words.</param>
public sealed record LeadHistoryEntry(long LeadId, DateTimeOffset At, string By, string Kind, string? Text);
