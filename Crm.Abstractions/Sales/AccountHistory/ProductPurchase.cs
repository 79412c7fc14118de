namespace Crm.Abstractions.Sales;

/// <summary>
/// One product an account buys, over the look-back window, in one currency (amounts in different
/// currencies are never added up, so a product bought in two currencies has two rows).
/// </summary>
/// <param name="ProductKey">The ERP's product key as text.</param>
/// <param name="Description">The order-line description (where it varied between orders, the alphabetically last).</param>
/// <param name="Currency">The currency of the orders; null when the ERP mapping has none.</param>
/// <param name="TimesOrdered">Orders that contained the product.</param>
/// <param name="Quantity">Total quantity ordered; null when the mapping has no quantity.</param>
/// <param name="Revenue">Sum of the line totals.</param>
/// <param name="LastOrdered">Date of the latest order that contained the product.</param>
public sealed record ProductPurchase(
    string ProductKey,
    string? Description,
    string? Currency,
    int TimesOrdered,
    decimal? Quantity,
    decimal Revenue,
    DateOnly LastOrdered);
