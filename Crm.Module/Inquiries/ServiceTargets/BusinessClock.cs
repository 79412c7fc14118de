namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// Counts business time on a <see cref="WorkingCalendar"/>. Working intervals are half-open: with
/// hours 08:00-12:00, 08:00 is working time and 12:00 is not, so an hour added at 11:00 ends at
/// 12:00 sharp and one added at 12:00 starts counting at the next interval. Both operations walk
/// the calendar a day at a time (never minute by minute), so targets of hundreds of hours are cheap.
/// Results are in UTC (offset zero).
/// </summary>
internal sealed class BusinessClock(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>
    /// The earliest instant at which <paramref name="businessTime"/> of working time has elapsed since
    /// <paramref name="start"/>. Time before the next working moment does not count, so a start on a
    /// Saturday counts from Monday's first hour; a result that lands exactly on the end of an
    /// interval stays there (Friday 16:00 + 1 h is Friday 17:00, not Monday 08:00). Adding zero
    /// returns <paramref name="start"/>. Always <c>Between(start, Add(start, t)) == t</c>.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        var from = start.ToUniversalTime();
        if (businessTime == TimeSpan.Zero)
        {
            return from;
        }

        var left = businessTime;
        // The calendar guarantees working days with working hours, so every week adds time and the loop ends.
        for (var date = Calendar.DateOf(from); ; date = date.AddDays(1))
        {
            foreach (var (intervalFrom, intervalTo) in Calendar.WorkingTimeOn(date))
            {
                var counting = intervalFrom > from ? intervalFrom : from;
                if (intervalTo <= counting)
                {
                    continue;
                }

                var available = intervalTo - counting;
                if (left <= available)
                {
                    return counting + left;
                }

                left -= available;
            }
        }
    }

    /// <summary>The working time in [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        // One day past the date of `to`: where clocks fall back at midnight, the next day's first
        // interval starts while the clocks still read the day of `to`.
        var last = Calendar.DateOf(to).AddDays(1);
        for (var date = Calendar.DateOf(from); date <= last; date = date.AddDays(1))
        {
            foreach (var (intervalFrom, intervalTo) in Calendar.WorkingTimeOn(date))
            {
                var overlapFrom = intervalFrom > from ? intervalFrom : from;
                var overlapTo = intervalTo < to ? intervalTo : to;
                if (overlapTo > overlapFrom)
                {
                    total += overlapTo - overlapFrom;
                }
            }
        }

        return total;
    }
}
