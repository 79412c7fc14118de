using System.Globalization;

namespace Crm.Module.CustomFields;

/// <summary>Numbers as the value table holds them (decimal(19,6)) and as they travel (invariant text).</summary>
internal static class CustomFieldNumbers
{
    /// <summary>Exclusive bound of a stored number's size: 13 digits before the point, 6 after.</summary>
    public const decimal Limit = 10_000_000_000_000m;

    public static bool InRange(decimal? value) => value is null || Math.Abs(value.Value) < Limit;

    /// <summary>The invariant text of a number, without trailing zeros: <c>1234.5</c>, never <c>1234.500000</c>.</summary>
    public static string Format(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Digits after the point that matter (trailing zeros do not).</summary>
    public static int DecimalPlaces(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }
}
