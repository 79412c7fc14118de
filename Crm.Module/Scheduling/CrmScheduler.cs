using Microsoft.Extensions.Logging;
using Quartz;

namespace Crm.Module.Scheduling;

/// <summary>
/// <see cref="ICrmScheduler"/> over Quartz. The identity names both the job and its one trigger
/// in the group <see cref="Group"/>; a job is stored with its trigger, replacing any earlier pair.
/// Jobs are not durable: a job lives as long as its schedule, so a one-shot job leaves no trace
/// once it has run and a cron job until it is unscheduled.
/// </summary>
internal sealed partial class CrmScheduler(CrmQuartz quartz, CrmJobTypes jobTypes, ILogger<CrmScheduler> logger) : ICrmScheduler
{
    public const string Group = "crm";

    // Quartz's name columns are 200 characters; leave room for what callers put around their keys.
    private const int MaxIdentityLength = 150;

    public Task ScheduleOnceAsync(string identity, Type jobType, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
    {
        var trigger = NewTrigger(identity, data)
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return StoreAsync(identity, jobType, trigger, cancellationToken);
    }

    public async Task ScheduleCronAsync(string identity, Type jobType, string cronExpression, TimeZoneInfo timeZone, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (!CronExpression.TryParse(cronExpression, out var cron))
        {
            throw new ArgumentException($"'{cronExpression}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year]).", nameof(cronExpression));
        }

        var trigger = NewTrigger(identity, data)
            .StartNow()
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(timeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

        // A schedule whose years are over (0 0 6 1 1 ? 2025) is valid cron, but Quartz refuses to
        // store a trigger that never fires, and that refusal would stop the host's start. Such a
        // schedule means "no more runs": the earlier one is removed and the host starts. Quartz
        // decides on the wall clock, so this does too.
        if (trigger.GetFireTimeAfter(DateTimeOffset.UtcNow) is null)
        {
            await UnscheduleAsync(identity, cancellationToken).ConfigureAwait(false);
            LogNeverFires(logger, identity, cronExpression);
            return;
        }

        await StoreAsync(identity, jobType, trigger, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UnscheduleAsync(string identity, CancellationToken cancellationToken = default)
    {
        var scheduler = await quartz.GetSchedulerAsync(cancellationToken).ConfigureAwait(false);
        return await scheduler.DeleteJob(new JobKey(CheckIdentity(identity), Group), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsScheduledAsync(string identity, CancellationToken cancellationToken = default)
    {
        var scheduler = await quartz.GetSchedulerAsync(cancellationToken).ConfigureAwait(false);
        return await scheduler.Exists(new TriggerKey(CheckIdentity(identity), Group), cancellationToken).ConfigureAwait(false);
    }

    private static TriggerBuilder<IJob> NewTrigger(string identity, IReadOnlyDictionary<string, string>? data)
    {
        var builder = TriggerBuilder.Create().WithIdentity(CheckIdentity(identity), Group);
        foreach (var (key, value) in data ?? new Dictionary<string, string>())
        {
            builder.UsingJobData(key, value);
        }

        return builder;
    }

    private async Task StoreAsync(string identity, Type jobType, ITrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobType);
        if (!jobTypes.IsKnown(jobType))
        {
            throw new ArgumentException($"{jobType.FullName} is not a job type registered in the container (an IJob registered AsSelf).", nameof(jobType));
        }

        // RequestRecovery: when the host running it dies, another host (or this one restarted)
        // runs the job again, so a fire is not lost; jobs are idempotent, so a repeat is harmless.
        var job = JobBuilder.Create()
            .OfType(jobType)
            .WithIdentity(identity, Group)
            .RequestRecovery()
            .Build();
        var scheduler = await quartz.GetSchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    private static string CheckIdentity(string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        return identity.Length <= MaxIdentityLength
            ? identity
            : throw new ArgumentException($"A schedule identity has at most {MaxIdentityLength} characters.", nameof(identity));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {Identity} ('{CronExpression}') never fires again: it is removed, nothing runs on it.")]
    private static partial void LogNeverFires(ILogger logger, string identity, string cronExpression);
}
