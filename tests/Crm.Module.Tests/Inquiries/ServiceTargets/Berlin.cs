using System.Globalization;
using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Tests.Inquiries.ServiceTargets;

/// <summary>Instants written as Berlin wall-clock readings, and calendars in Berlin, so figures in tests read like the issue's.</summary>
internal static class Berlin
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The instant at which Berlin's clocks read <paramref name="wallClock"/> (<c>yyyy-MM-dd HH:mm</c>; not an ambiguous reading).</summary>
    public static DateTimeOffset At(string wallClock)
    {
        var local = DateTime.ParseExact(wallClock, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The default calendar (Monday–Friday, 08:00–12:00 and 13:00–17:00, Europe/Berlin) with these holidays.</summary>
    public static BusinessClock Clock(params string[] holidays) => new(new WorkingCalendar(new WorkingCalendarOptions { Holidays = [.. holidays] }));

    /// <summary>A calendar that works around the clock every day, so business time is elapsed time.</summary>
    public static BusinessClock AroundTheClock() => new(new WorkingCalendar(new WorkingCalendarOptions
    {
        WorkingDays = [.. Enum.GetNames<DayOfWeek>()],
        Hours = ["00:00-24:00"],
    }));
}
