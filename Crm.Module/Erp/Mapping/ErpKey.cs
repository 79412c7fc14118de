using System.Globalization;

namespace Crm.Module.Erp.Mapping;

/// <summary>How keys of one ERP table travel between text (URLs, JSON) and SQL parameters.</summary>
internal sealed record ErpKey(ErpKeyType Type, int Length)
{
    /// <summary>
    /// The parameter value that matches <paramref name="key"/> against the raw key column (so the
    /// ERP's index is used), or null when no row can have that key (e.g. letters for a number key).
    /// </summary>
    public object? ToParameter(string key) => Type switch
    {
        ErpKeyType.Number => long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
        ErpKeyType.FixedText => key.Length > Length ? null : key.PadRight(Length),
        _ => key,
    };

    /// <summary>The key as text, without the padding of fixed-length columns.</summary>
    public static string FromDatabase(object value) => value switch
    {
        string text => text.TrimEnd(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
