using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;

namespace ErpCrm.Automotive.Sales;

/// <summary>
/// The vehicles the ERP sold: order lines of the products whose key starts with one of the
/// configured prefixes (parameter <c>ProductPrefixes</c>, comma-separated, <see cref="DefaultPrefix"/>
/// when not set). Returned lines, cancellations and credit notes (quantity zero or less) are left out.
/// </summary>
internal sealed class VehicleSales(IErpSales sales)
{
    public const string PrefixesParameter = "ProductPrefixes";

    public const string DefaultPrefix = "VEH-";

    public static IReadOnlyList<string> PrefixesFrom(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var prefixes = parameters.TryGetValue(PrefixesParameter, out var text)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

        // An empty prefix list would ask the ERP for every line of every product: never what a dealer means.
        return prefixes.Length == 0 ? [DefaultPrefix] : prefixes;
    }

    public async IAsyncEnumerable<VehicleSale> ReadAsync(IReadOnlyList<string> prefixes, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in sales.ReadLinesAsync(new ErpSaleLineQuery(prefixes, from, to), cancellationToken).ConfigureAwait(false))
        {
            if (line.Quantity is null or > 0)
            {
                yield return VehicleSale.Of(line);
            }
        }
    }
}
