namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// <c>Crm:Inquiries:WorkingCalendar</c>: when the service teams work, so that service targets count
/// business hours only. Hours are wall-clock hours in <see cref="TimeZone"/>.
/// </summary>
internal sealed class WorkingCalendarOptions
{
    public const string SectionName = "Crm:Inquiries:WorkingCalendar";

    /// <summary>Monday to Friday.</summary>
    public static IReadOnlyList<string> DefaultWorkingDays { get; } =
        [nameof(DayOfWeek.Monday), nameof(DayOfWeek.Tuesday), nameof(DayOfWeek.Wednesday), nameof(DayOfWeek.Thursday), nameof(DayOfWeek.Friday)];

    /// <summary>08:00 to 17:00 with a lunch break from 12:00 to 13:00.</summary>
    public static IReadOnlyList<string> DefaultHours { get; } = ["08:00-12:00", "13:00-17:00"];

    /// <summary>IANA time zone id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>
    /// <see cref="DayOfWeek"/> names; <see langword="null"/> means <see cref="DefaultWorkingDays"/>.
    /// The default is not pre-filled here because the configuration binder appends configured items
    /// to an existing list instead of replacing it.
    /// </summary>
    public List<string>? WorkingDays { get; set; }

    /// <summary>
    /// Working intervals of each working day as <c>HH:mm-HH:mm</c> (end may be <c>24:00</c>);
    /// <see langword="null"/> means <see cref="DefaultHours"/> (not pre-filled, as with <see cref="WorkingDays"/>).
    /// </summary>
    public List<string>? Hours { get; set; }

    /// <summary>Dates (<c>yyyy-MM-dd</c>) on which nobody works, whatever the day of the week.</summary>
    public List<string> Holidays { get; set; } = [];
}
