using System.Collections.Concurrent;
using System.Globalization;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// Formats an amount in the user's culture with the symbol and minor digits of the amount's own
/// currency (a euro amount shown to a Korean user stays in euros: <c>€1,234.50</c>).
/// </summary>
internal static class MoneyFormat
{
    // ISO 4217 minor units that differ from two; cultures do not know them for foreign currencies.
    private static readonly Dictionary<string, int> MinorDigits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    };

    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal amount, string? currency, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(currency))
        {
            return amount.ToString("N2", culture);
        }

        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency);
        format.CurrencyDecimalDigits = MinorDigits.GetValueOrDefault(currency, 2);
        return amount.ToString("C", format);
    }

    /// <summary>The currency's symbol from a region that uses it, preferring its home region (KR for KRW); the code itself when none does.</summary>
    private static string Symbol(string currency) => Symbols.GetOrAdd(currency, code =>
    {
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture => Region(culture.Name))
            .Where(region => region is not null && string.Equals(region.ISOCurrencySymbol, code, StringComparison.OrdinalIgnoreCase))
            .Select(region => region!)
            .ToList();
        var home = regions.FirstOrDefault(region => code.StartsWith(region.TwoLetterISORegionName, StringComparison.OrdinalIgnoreCase));
        var withSymbol = regions.FirstOrDefault(region => !string.Equals(region.CurrencySymbol, code, StringComparison.OrdinalIgnoreCase));
        return (home ?? withSymbol)?.CurrencySymbol ?? code.ToUpperInvariant();
    });

    private static RegionInfo? Region(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            // A few specific cultures name no region .NET knows; they cannot tell us a symbol.
            return null;
        }
    }
}
