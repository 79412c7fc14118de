using System.Globalization;

namespace Host.Sample.Erp.Api;

/// <summary>
/// Turns column values into API types whatever the driver hands over: SQLite keeps dates as text and
/// an amount as an integer or a real row by row, Npgsql reads <c>date</c> as <see cref="DateOnly"/>,
/// SQL Server as <see cref="DateTime"/>. Rows read such columns as <see cref="object"/> and convert here.
/// </summary>
internal static class ErpColumnValues
{
    public static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.FromDateTime(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None)),
        _ => throw new InvalidCastException($"A date column held a {value.GetType().Name}."),
    };

    public static decimal ToAmount(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
