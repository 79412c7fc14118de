using System.Globalization;

namespace Crm.Module.Data;

/// <summary>
/// Converts values whose CLR type depends on the provider: SQLite hands dates back as text,
/// PostgreSQL's <c>date</c> as <see cref="DateTime"/>, expressions sometimes as <see cref="DateTimeOffset"/>.
/// </summary>
internal static class DbValues
{
    public static DateOnly ToDate(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
        string text => DateOnly.FromDateTime(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces)),
        _ => throw new InvalidCastException($"Cannot read a date from a {value.GetType().Name}."),
    };

    public static DateOnly? ToNullableDate(object? value) => value is null or DBNull ? null : ToDate(value);

    /// <summary><paramref name="date"/> as a midnight timestamp, the form ERP date columns are compared with on every engine.</summary>
    public static DateTime ToParameter(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>A UTC timestamp the CRM wrote with <see cref="ToUtcParameter"/>.</summary>
    public static DateTimeOffset? ToNullableUtc(object? value) => value switch
    {
        null or DBNull => null,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset offset => offset.ToUniversalTime(),
        string text => new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc)),
        _ => throw new InvalidCastException($"Cannot read a timestamp from a {value.GetType().Name}."),
    };

    /// <summary>
    /// A UTC instant for a <c>timestamp</c> column, as a DateTime without kind: PostgreSQL refuses to
    /// write a UTC-kind DateTime into a column without time zone, and every engine then stores it alike.
    /// </summary>
    public static DateTime ToUtcParameter(DateTimeOffset instant) => DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Unspecified);
}
