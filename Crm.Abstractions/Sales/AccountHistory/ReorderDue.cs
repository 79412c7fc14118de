namespace Crm.Abstractions.Sales;

/// <summary>An account whose expected next order date has passed: time for a repeat-sales call.</summary>
/// <param name="AccountKey">The ERP customer key.</param>
/// <param name="Owner">The account's owner (user name), null when unowned.</param>
/// <param name="LastOrder">Date of the latest order.</param>
/// <param name="TypicalIntervalDays">The account's typical reorder interval (see <see cref="ReorderHistory.TypicalIntervalDays"/>).</param>
/// <param name="ExpectedNextOrder">When the next order was expected.</param>
/// <param name="DaysOverdue">Days from <paramref name="ExpectedNextOrder"/> to today.</param>
/// <param name="ComputedAt">When the interval was computed (with the segments, see <see cref="IAccountSegments.RecomputeAsync"/>).</param>
public sealed record ReorderDue(
    string AccountKey,
    string? Owner,
    DateOnly LastOrder,
    double TypicalIntervalDays,
    DateOnly ExpectedNextOrder,
    int DaysOverdue,
    DateTimeOffset ComputedAt);
