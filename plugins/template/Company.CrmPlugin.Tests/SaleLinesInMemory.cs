using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;

namespace Company.CrmPlugin.Tests;

/// <summary>
/// The ERP's sales as the add-on would hand them to the rule, from lines a test writes down. It
/// answers the query like the add-on does (product prefixes, order dates, oldest first), so a rule
/// that asks for the wrong dates or products gets the wrong lines here too.
/// </summary>
internal sealed class SaleLinesInMemory(params ErpSaleLine[] lines) : IErpSales
{
    /// <summary>The queries the rule made, to check what it asked for.</summary>
    public List<ErpSaleLineQuery> Queries { get; } = [];

    public async IAsyncEnumerable<ErpSaleLine> ReadLinesAsync(ErpSaleLineQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var matching = lines
            .Where(l => query.ProductKeyPrefixes.Count == 0 || query.ProductKeyPrefixes.Any(p => l.ProductKey.StartsWith(p, StringComparison.Ordinal)))
            .Where(l => query.OrderedFrom is null || l.OrderDate >= query.OrderedFrom)
            .Where(l => query.OrderedTo is null || l.OrderDate <= query.OrderedTo)
            .OrderBy(l => l.OrderDate).ThenBy(l => l.OrderKey, StringComparer.Ordinal).ThenBy(l => l.LineNumber);
        foreach (var line in matching)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return line;
        }
    }

    /// <summary>A line with what the rule reads; the rest filled with plausible values.</summary>
    public static ErpSaleLine Line(string account, string? owner, string order, DateOnly orderDate, string product, int lineNumber = 1) =>
        new(account, "Customer " + account, owner, order, "SO-" + order, orderDate, lineNumber, product, "Device " + product, 1m, 100m, "EUR");
}
