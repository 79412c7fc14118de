namespace Crm.Scale.Crm;

/// <summary>Instants as the add-on stores them: UTC, as a <see cref="DateTime"/> without kind.</summary>
internal static class CrmClock
{
    /// <summary>The generated data's "now": noon UTC of the settings' today.</summary>
    public static DateTime Now(ScaleSettings settings) => settings.Today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified);

    /// <summary>A working-hours instant (07:00-16:00 UTC) on <paramref name="day"/>.</summary>
    public static DateTime DuringWork(Random random, DateOnly day) =>
        day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Unspecified).AddMinutes(random.Next(9 * 60));

    public static DateTimeOffset AsUtc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));

    public static DateTime ToDb(DateTimeOffset instant) => DateTime.SpecifyKind(instant.UtcDateTime, DateTimeKind.Unspecified);
}
