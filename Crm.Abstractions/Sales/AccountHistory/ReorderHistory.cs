namespace Crm.Abstractions.Sales;

/// <summary>How an account reorders, from the ERP's orders: the basis for repeat-sales calls.</summary>
/// <param name="AccountKey">The ERP customer key.</param>
/// <param name="OrderCount">Orders in the whole ERP history of the account.</param>
/// <param name="FirstOrder">Date of the first order ever; null when the account never ordered.</param>
/// <param name="LastOrder">Date of the latest order; null when the account never ordered.</param>
/// <param name="LookBackDays">The window (days before today) that <paramref name="TypicalIntervalDays"/> and <paramref name="Products"/> cover.</param>
/// <param name="TypicalIntervalDays">
/// The median of the gaps, in days, between consecutive order days within the look-back window.
/// Several orders on one day count as one order day. Null with fewer than two order days in the
/// window. The median, not the mean: one long pause (a plant shutdown) or one rush reorder would
/// move a mean far from the account's habit, the median stays with it.
/// </param>
/// <param name="ExpectedNextOrder">
/// <paramref name="LastOrder"/> plus <paramref name="TypicalIntervalDays"/> rounded half up to whole
/// days; null without a typical interval.
/// </param>
/// <param name="Products">The products bought in the look-back window, most often ordered first (top N).</param>
public sealed record ReorderHistory(
    string AccountKey,
    int OrderCount,
    DateOnly? FirstOrder,
    DateOnly? LastOrder,
    int LookBackDays,
    double? TypicalIntervalDays,
    DateOnly? ExpectedNextOrder,
    IReadOnlyList<ProductPurchase> Products);
