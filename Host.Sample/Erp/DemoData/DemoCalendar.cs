namespace Host.Sample.Erp.DemoData;

/// <summary>Date helpers: the demo company only orders, ships and invoices on working days.</summary>
internal static class DemoCalendar
{
    public static DateOnly NextWorkday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    /// <summary>The midnight timestamp every engine stores the same way (SQLite as 'yyyy-MM-dd HH:mm:ss').</summary>
    public static DateTime ToDb(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
