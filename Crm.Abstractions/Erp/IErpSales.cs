namespace Crm.Abstractions.Erp;

/// <summary>
/// What the ERP sold, line by line, read through the add-on's ERP mapping: for plugins' follow-up
/// rules and jobs that work from sales facts (vehicles sold, devices delivered, consumables bought)
/// without knowing the ERP's tables. Reads only; needs no signed-in user (plugin code is trusted).
/// </summary>
/// <remarks>
/// Lines stream in order of order date, then order key and line number, in batches; the query is
/// served by the ERP's indexes on order date and product key (see docs/performance.md). When the
/// mapping has no order lines, nothing is returned.
/// </remarks>
public interface IErpSales
{
    /// <summary>The order lines matching <paramref name="query"/>.</summary>
    /// <param name="query">Which products and dates.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The lines, oldest order first.</returns>
    IAsyncEnumerable<ErpSaleLine> ReadLinesAsync(ErpSaleLineQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Which order lines to read.</summary>
/// <param name="ProductKeyPrefixes">Only products whose key starts with one of these (case as stored); empty for all products.</param>
/// <param name="OrderedFrom">Only orders on or after this date; null for no lower bound.</param>
/// <param name="OrderedTo">Only orders on or before this date; null for no upper bound.</param>
public sealed record ErpSaleLineQuery(IReadOnlyList<string> ProductKeyPrefixes, DateOnly? OrderedFrom = null, DateOnly? OrderedTo = null);

/// <summary>One order line with its order's facts and the account's CRM owner.</summary>
/// <param name="AccountKey">The ERP customer who bought.</param>
/// <param name="AccountName">The customer's name.</param>
/// <param name="AccountOwner">The account's owner in the CRM (user name), if it has one.</param>
/// <param name="OrderKey">The ERP order.</param>
/// <param name="OrderNumber">The order's number for people.</param>
/// <param name="OrderDate">The order's date.</param>
/// <param name="LineNumber">The line's number within the order, if the mapping has one.</param>
/// <param name="ProductKey">The product.</param>
/// <param name="Description">The line's description, if any.</param>
/// <param name="Quantity">The quantity, if the mapping has one.</param>
/// <param name="LineTotal">The line's total in the order's currency.</param>
/// <param name="Currency">The order's currency, if the mapping has one.</param>
public sealed record ErpSaleLine(
    string AccountKey,
    string AccountName,
    string? AccountOwner,
    string OrderKey,
    string? OrderNumber,
    DateOnly OrderDate,
    int? LineNumber,
    string ProductKey,
    string? Description,
    decimal? Quantity,
    decimal LineTotal,
    string? Currency);
