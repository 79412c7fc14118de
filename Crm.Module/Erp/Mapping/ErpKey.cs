using System.Data;
using System.Globalization;

namespace Crm.Module.Erp.Mapping;

/// <summary>How keys of one ERP table travel between text (URLs, JSON) and SQL parameters.</summary>
internal sealed record ErpKey(ErpKeyType Type, int Length)
{
    /// <summary>
    /// The parameter value that matches <paramref name="key"/> against the raw key column (so the
    /// ERP's index is used), or null when no row can have that key (e.g. letters for a number key).
    /// </summary>
    /// <remarks>
    /// A fixed-length key goes as a fixed-length string parameter: PostgreSQL then compares
    /// <c>char(n)</c> with <c>char(n)</c>, ignoring the padding, where a text parameter would make it
    /// strip the column's padding per row; SQL Server ignores trailing spaces either way; SQLite
    /// compares the text as the ERP wrote it.
    /// </remarks>
    public ErpKeyParameter? ToParameter(string key) => Type switch
    {
        ErpKeyType.Number => long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? new ErpKeyParameter(number, null, null) : null,
        ErpKeyType.FixedText => key.Length > Length ? null : new ErpKeyParameter(key.TrimEnd(), DbType.StringFixedLength, Length),
        _ => new ErpKeyParameter(key, null, null),
    };

    /// <summary>The key as the CRM's own tables store it: the ERP's key text without padding.</summary>
    public string Canonical(string key) => Type switch
    {
        ErpKeyType.Number => long.Parse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        ErpKeyType.FixedText => key.TrimEnd(),
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
