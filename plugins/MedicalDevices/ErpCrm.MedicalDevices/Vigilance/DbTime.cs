using System.Globalization;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// UTC instants in <c>timestamp</c> columns on every engine: written as a DateTime without kind
/// (PostgreSQL refuses a UTC-kind DateTime for a column without time zone), read back from whatever
/// the provider hands out (SQLite: text, the others: DateTime).
/// </summary>
internal static class DbTime
{
    public static DateTime ToParameter(DateTimeOffset instant) => DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Unspecified);

    public static DateTime? ToParameter(DateTimeOffset? instant) => instant is { } value ? ToParameter(value) : null;

    public static DateTimeOffset FromValue(object value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset offset => offset.ToUniversalTime(),
        string text => new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc)),
        _ => throw new InvalidCastException($"Cannot read a timestamp from a {value.GetType().Name}."),
    };

    public static DateTimeOffset? FromNullable(object? value) => value is null or DBNull ? null : FromValue(value);
}
