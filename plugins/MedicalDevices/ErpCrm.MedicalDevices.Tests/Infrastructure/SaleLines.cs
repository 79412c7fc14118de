using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;

namespace ErpCrm.MedicalDevices.Tests.Infrastructure;

/// <summary>
/// ERP sale lines held in a list, answered the way the contract describes: filtered by product key
/// prefix and order date, oldest order first. Rules are tested with these crafted lines; the
/// end-to-end tests read the real ERP tables through the add-on.
/// </summary>
internal sealed class SaleLines : IErpSales
{
    private readonly List<ErpSaleLine> _lines = [];

    public SaleLines Sold(string account, string? owner, string order, DateOnly date, int line, string product, decimal quantity = 1, string? description = null)
    {
        _lines.Add(new ErpSaleLine(account, "Account " + account, owner, order, order, date, line, product, description, quantity, 100m * quantity, "EUR"));
        return this;
    }

    public async IAsyncEnumerable<ErpSaleLine> ReadLinesAsync(ErpSaleLineQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await Task.Yield();
        var matching = _lines
            .Where(l => query.ProductKeyPrefixes.Count == 0 || query.ProductKeyPrefixes.Any(p => l.ProductKey.StartsWith(p, StringComparison.Ordinal)))
            .Where(l => (query.OrderedFrom is null || l.OrderDate >= query.OrderedFrom) && (query.OrderedTo is null || l.OrderDate <= query.OrderedTo))
            .OrderBy(l => l.OrderDate).ThenBy(l => l.OrderKey, StringComparer.Ordinal).ThenBy(l => l.LineNumber);
        foreach (var line in matching)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return line;
        }
    }
}
