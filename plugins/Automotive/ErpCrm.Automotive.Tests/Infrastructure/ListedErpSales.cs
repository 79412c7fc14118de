using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;

namespace ErpCrm.Automotive.Tests.Infrastructure;

/// <summary>
/// The ERP's order lines as a list, answering <see cref="IErpSales"/> as its contract says (product
/// prefixes, date bounds, oldest order first), so that a rule or job can be run on crafted sales.
/// The add-on's own implementation over a real ERP database is exercised by the end-to-end tests.
/// </summary>
internal sealed class ListedErpSales(params ErpSaleLine[] lines) : IErpSales
{
    public List<ErpSaleLineQuery> Queries { get; } = [];

    public async IAsyncEnumerable<ErpSaleLine> ReadLinesAsync(ErpSaleLineQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        await Task.Yield();
        var matching = lines
            .Where(l => query.ProductKeyPrefixes.Count == 0 || query.ProductKeyPrefixes.Any(p => l.ProductKey.StartsWith(p, StringComparison.Ordinal)))
            .Where(l => (query.OrderedFrom is null || l.OrderDate >= query.OrderedFrom) && (query.OrderedTo is null || l.OrderDate <= query.OrderedTo))
            .OrderBy(l => l.OrderDate).ThenBy(l => l.OrderKey, StringComparer.Ordinal).ThenBy(l => l.LineNumber);
        foreach (var line in matching)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return line;
        }
    }

    /// <summary>A line of one vehicle sold to <paramref name="account"/>.</summary>
    public static ErpSaleLine Vehicle(string orderKey, DateOnly orderDate, string account, string? owner, string description, string product = "VEH-GOLF", decimal quantity = 1) =>
        new(account, "Customer " + account, owner, orderKey, "SO-" + orderKey, orderDate, 1, product, description, quantity, 32_000m * quantity, "EUR");
}
