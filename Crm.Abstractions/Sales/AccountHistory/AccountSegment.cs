namespace Crm.Abstractions.Sales;

/// <summary>
/// An account's RFM segment as of the last computation. Every account with an order in the
/// segment window or the reorder look-back window has one.
/// </summary>
/// <param name="AccountKey">The ERP customer key.</param>
/// <param name="Owner">The account's current owner, null when unowned.</param>
/// <param name="LastOrder">Date of the latest order.</param>
/// <param name="RecencyDays">Days from the latest order to the day of computation.</param>
/// <param name="Frequency">Orders in the segment window.</param>
/// <param name="Monetary">Order revenue in the segment window in <paramref name="Currency"/> only; orders in other currencies are not converted and not counted.</param>
/// <param name="Currency">
/// The account's main currency: the one of most of its orders in the window (on a tie the first
/// alphabetically); null when it had no order in the window or the mapping has no currency.
/// </param>
/// <param name="RecencyScore">1 to 5; 5 for the most recent fifth of all accounts.</param>
/// <param name="FrequencyScore">1 to 5; 5 for the most frequent fifth of all accounts.</param>
/// <param name="MonetaryScore">1 to 5, among the accounts with the same main currency.</param>
/// <param name="Tier">The tier named by the scores (see <see cref="AccountTier"/>).</param>
/// <param name="TypicalIntervalDays">The typical reorder interval (see <see cref="ReorderHistory.TypicalIntervalDays"/>).</param>
/// <param name="ExpectedNextOrder">When the next order is expected.</param>
/// <param name="Profitability">Revenue, cost and margin where the ERP records cost; otherwise null.</param>
/// <param name="ComputedAt">When the segments were computed.</param>
/// <remarks>
/// A score is 1 + ⌊5 × b / n⌋, where n is the number of accounts compared and b the number of them
/// with a strictly worse value (more days since the last order; fewer orders; less revenue). Equal
/// values therefore always get equal scores.
/// </remarks>
public sealed record AccountSegment(
    string AccountKey,
    string? Owner,
    DateOnly LastOrder,
    int RecencyDays,
    int Frequency,
    decimal Monetary,
    string? Currency,
    int RecencyScore,
    int FrequencyScore,
    int MonetaryScore,
    AccountTier Tier,
    double? TypicalIntervalDays,
    DateOnly? ExpectedNextOrder,
    AccountProfitability? Profitability,
    DateTimeOffset ComputedAt);
