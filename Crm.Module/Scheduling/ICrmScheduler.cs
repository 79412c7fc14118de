namespace Crm.Module.Scheduling;

/// <summary>
/// Schedules the add-on's jobs in the persistent, clustered job store. Every schedule has an
/// explicit, stable identity: scheduling an identity again replaces what it had (idempotent), so
/// callers may schedule on every start or every change without piling up duplicates.
/// </summary>
/// <remarks>
/// Quartz delivers at least once, not exactly once: a host dying mid-job makes another host run it
/// again (jobs request recovery). Every job must therefore be idempotent on its own side.
/// A job type must implement <see cref="Quartz.IJob"/> and be registered in the container.
/// </remarks>
internal interface ICrmScheduler
{
    /// <summary>
    /// Runs <paramref name="jobType"/> once at <paramref name="at"/> (UTC or any offset). Missed —
    /// the host was down or all threads busy past the misfire threshold — it fires once as soon as
    /// a host can (misfire instruction <c>FireNow</c>): a reminder late is better than none.
    /// </summary>
    Task ScheduleOnceAsync(string identity, Type jobType, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="jobType"/> on a Quartz cron expression (seconds first, e.g.
    /// <c>0 0 6 ? * MON-FRI</c>) in <paramref name="timeZone"/>. Missed firings are collapsed into
    /// one run as soon as a host can, then the schedule goes on (<c>FireAndProceed</c>): rule jobs
    /// look at the state of the data, so one catch-up run covers any number of missed ones, and
    /// skipping (<c>DoNothing</c>) would lose a daily rule's whole day after a night of downtime.
    /// </summary>
    Task ScheduleCronAsync(string identity, Type jobType, string cronExpression, TimeZoneInfo timeZone, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the schedule and its job; false when there was none.</summary>
    Task<bool> UnscheduleAsync(string identity, CancellationToken cancellationToken = default);

    /// <summary>Whether a schedule with this identity is stored (a one-shot one is gone once it has run).</summary>
    Task<bool> IsScheduledAsync(string identity, CancellationToken cancellationToken = default);
}
