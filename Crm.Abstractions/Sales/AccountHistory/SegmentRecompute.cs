namespace Crm.Abstractions.Sales;

/// <summary>The outcome of a segment computation.</summary>
/// <param name="ComputedAt">When it ran.</param>
/// <param name="Accounts">Accounts segmented.</param>
/// <param name="Generation">Counts computations; readers see one generation whole, never a mix.</param>
public sealed record SegmentRecompute(DateTimeOffset ComputedAt, int Accounts, long Generation);
