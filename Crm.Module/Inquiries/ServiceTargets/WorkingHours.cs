using System.Globalization;
using Crm.Module.Hosting;

namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// One stretch of working time on a working day, as wall-clock times since midnight, half-open:
/// <c>08:00-12:00</c> covers 08:00 up to but not including 12:00, so <c>08:00-12:00</c> and
/// <c>12:00-13:00</c> touch without overlapping. <see cref="To"/> may be 24:00, the end of the day.
/// </summary>
internal readonly record struct WorkingHours(TimeSpan From, TimeSpan To)
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);
    private static readonly string[] TimeFormats = [@"hh\:mm", @"h\:mm"];

    /// <summary>Reads <c>HH:mm-HH:mm</c>; a malformed, empty or reversed interval names <paramref name="setting"/>.</summary>
    public static WorkingHours Parse(string? text, string setting)
    {
        var parts = (text ?? string.Empty).Split('-');
        if (parts.Length != 2 || !TryParseTime(parts[0], out var from) || !TryParseTime(parts[1], out var to) || from == EndOfDay)
        {
            throw new CrmSettingException(setting, $"'{text}' is not an interval 'HH:mm-HH:mm' (e.g. '08:00-12:00').");
        }

        if (to < from)
        {
            throw new CrmSettingException(setting, $"'{text}' ends before it starts.");
        }

        if (to == from)
        {
            throw new CrmSettingException(setting, $"'{text}' is empty; it ends when it starts.");
        }

        return new WorkingHours(from, to);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)From.TotalHours:00}:{From.Minutes:00}-{(int)To.TotalHours:00}:{To.Minutes:00}");

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        var trimmed = text.Trim();
        if (trimmed == "24:00")
        {
            time = EndOfDay;
            return true;
        }

        return TimeSpan.TryParseExact(trimmed, TimeFormats, CultureInfo.InvariantCulture, out time) && time < EndOfDay;
    }
}
