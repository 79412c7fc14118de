using System.Globalization;
using Crm.Module.Hosting;

namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// The validated working calendar: a time zone, the working days of the week, the working hours of
/// each working day (wall-clock hours in the zone, half-open intervals, see <see cref="WorkingHours"/>)
/// and holidays. Every wrong setting stops start-up with a <see cref="CrmSettingException"/> that
/// names it, e.g. <c>Crm:Inquiries:WorkingCalendar:Hours:1</c>.
/// </summary>
internal sealed class WorkingCalendar
{
    private const string Section = WorkingCalendarOptions.SectionName;

    private readonly HashSet<DayOfWeek> _workingDays;
    private readonly WorkingHours[] _hours;
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(WorkingCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TimeZone = FindZone(options.TimeZone);
        _workingDays = ParseDays(options.WorkingDays ?? WorkingCalendarOptions.DefaultWorkingDays);
        _hours = ParseHours(options.Hours ?? WorkingCalendarOptions.DefaultHours);
        _holidays = ParseHolidays(options.Holidays);
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The working intervals of a working day, in order of time.</summary>
    public IReadOnlyList<WorkingHours> Hours => _hours;

    public bool IsWorkingDay(DateOnly date) => _workingDays.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>The calendar date in the calendar's zone at <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// The working time of <paramref name="date"/> as half-open UTC intervals, in order. Nothing on
    /// a non-working day or holiday. Wall-clock hours become instants through <see cref="WallClock"/>,
    /// so a day on which the clocks change has as much working time as really elapses between the
    /// readings; an interval that vanishes into a spring-forward gap is left out.
    /// </summary>
    public IEnumerable<(DateTimeOffset From, DateTimeOffset To)> WorkingTimeOn(DateOnly date)
    {
        if (!IsWorkingDay(date))
        {
            yield break;
        }

        var midnight = date.ToDateTime(TimeOnly.MinValue);
        foreach (var hours in _hours)
        {
            var from = WallClock.ToInstant(TimeZone, midnight + hours.From);
            var to = WallClock.ToInstant(TimeZone, midnight + hours.To);
            if (to > from)
            {
                yield return (from, to);
            }
        }
    }

    private static TimeZoneInfo FindZone(string? id)
    {
        const string Setting = Section + ":TimeZone";
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CrmSettingException(Setting, "no time zone is given; use an IANA id such as 'Europe/Berlin'.");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new CrmSettingException(Setting, $"'{id}' is not a known time zone; use an IANA id such as 'Europe/Berlin'.", e);
        }
        catch (InvalidTimeZoneException e)
        {
            throw new CrmSettingException(Setting, $"the time zone data of '{id}' is corrupt on this machine.", e);
        }
    }

    private static HashSet<DayOfWeek> ParseDays(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            throw new CrmSettingException(Section + ":WorkingDays", "no working day is given; service targets could never fall due.");
        }

        var days = new HashSet<DayOfWeek>();
        for (var i = 0; i < names.Count; i++)
        {
            // Names only: Enum.TryParse would also take "7" and make it a day that does not exist.
            var name = Enum.GetNames<DayOfWeek>().FirstOrDefault(n => string.Equals(n, names[i]?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new CrmSettingException(
                    $"{Section}:WorkingDays:{i}",
                    $"'{names[i]}' is not a day of the week; use {string.Join(", ", Enum.GetNames<DayOfWeek>())}.");
            days.Add(Enum.Parse<DayOfWeek>(name));
        }

        return days;
    }

    private static WorkingHours[] ParseHours(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            throw new CrmSettingException(Section + ":Hours", "no working hours are given; service targets could never fall due.");
        }

        var parsed = texts.Select((text, i) => (Hours: WorkingHours.Parse(text, $"{Section}:Hours:{i}"), Index: i))
            .OrderBy(h => h.Hours.From)
            .ToArray();
        for (var i = 1; i < parsed.Length; i++)
        {
            var (earlier, later) = (parsed[i - 1], parsed[i]);
            if (later.Hours.From < earlier.Hours.To)
            {
                var (named, other) = later.Index > earlier.Index ? (later, earlier) : (earlier, later);
                throw new CrmSettingException(
                    $"{Section}:Hours:{named.Index}",
                    $"'{texts[named.Index]}' overlaps '{texts[other.Index]}' (Hours:{other.Index}).");
            }
        }

        return [.. parsed.Select(h => h.Hours)];
    }

    private static HashSet<DateOnly> ParseHolidays(List<string> texts)
    {
        var holidays = new HashSet<DateOnly>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (!DateOnly.TryParseExact(texts[i]?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new CrmSettingException($"{Section}:Holidays:{i}", $"'{texts[i]}' is not a date 'yyyy-MM-dd'.");
            }

            holidays.Add(date);
        }

        return holidays;
    }
}
