using System.Globalization;
using Crm.Module.Data;

namespace Crm.Module.Audit;

/// <summary>How a column's value is written in the audit log, the same on every engine.</summary>
internal enum AuditValueKind
{
    Text,
    Number,
    Date,
    Time,
}

/// <summary>
/// A column of an audited table. The field it becomes in the log is the column's name in camel case
/// (<c>contact_name</c> → <c>contactName</c>), as the API names it.
/// </summary>
internal sealed record AuditColumn(string Name, AuditValueKind Kind = AuditValueKind.Text)
{
    public string Field { get; } = CamelCase(Name);

    /// <summary>The value as invariant text: numbers without trailing zeros, dates as yyyy-MM-dd, instants as ISO 8601 UTC.</summary>
    public string? Text(object? value) => value is null or DBNull ? null : Kind switch
    {
        AuditValueKind.Number => Normalized(Convert.ToDecimal(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
        AuditValueKind.Date => DbValues.ToDate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AuditValueKind.Time => DbValues.ToNullableUtc(value)!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    // PostgreSQL returns NUMERIC(19,4) as 5.0000, SQLite as 5: both become "5".
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    private static string CamelCase(string name)
    {
        var parts = name.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
