namespace Crm.Testing;

/// <summary>A clock that stands still (or moves only when told), in a chosen time zone.</summary>
public sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Today's date in <see cref="LocalTimeZone"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(this.GetLocalNow().DateTime);
}
