namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// Turns a wall-clock reading in a time zone into an instant, also on the days the clocks change:
/// the instant is the first one at which the zone's clocks show that reading or a later one.
/// A time skipped when clocks spring forward therefore maps to the moment of the jump (so an
/// interval inside the gap is empty), and a time that occurs twice when clocks fall back maps to
/// its first occurrence. The mapping never goes backwards, so intervals stay ordered.
/// </summary>
internal static class WallClock
{
    // Wider than any offset difference and any gap ever used (Samoa skipped a whole day in 2011).
    private static readonly TimeSpan GapSearchWindow = TimeSpan.FromDays(2);

    public static DateTimeOffset ToInstant(TimeZoneInfo zone, DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return MomentOfJump(zone, local);
        }

        // An ambiguous time's larger offset is the earlier instant: the first occurrence.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>
    /// The instant the clocks jumped over <paramref name="local"/>: a binary search for the first
    /// instant whose reading is at or after it, which is cheap because gaps are rare.
    /// </summary>
    private static DateTimeOffset MomentOfJump(TimeZoneInfo zone, DateTime local)
    {
        var low = local.Ticks - GapSearchWindow.Ticks;
        var high = local.Ticks + GapSearchWindow.Ticks;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var reading = middle + zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)).Ticks;
            if (reading >= local.Ticks)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return new DateTimeOffset(low, TimeSpan.Zero);
    }
}
