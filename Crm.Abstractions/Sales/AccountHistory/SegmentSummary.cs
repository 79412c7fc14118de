namespace Crm.Abstractions.Sales;

/// <summary>How many accounts each tier holds.</summary>
/// <param name="ComputedAt">When the segments were computed; null before the first computation.</param>
/// <param name="WindowDays">The segment window in days (frequency, monetary and profitability cover it).</param>
/// <param name="Tiers">Every tier with its number of accounts, in the order of <see cref="AccountTier"/>.</param>
public sealed record SegmentSummary(DateTimeOffset? ComputedAt, int WindowDays, IReadOnlyList<TierCount> Tiers);

/// <summary>The number of accounts in one tier.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Accounts">Accounts in it.</param>
public sealed record TierCount(AccountTier Tier, int Accounts);
