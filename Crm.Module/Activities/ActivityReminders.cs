using Crm.Abstractions.Activities;
using Crm.Abstractions.Extensibility;
using Crm.Module.Scheduling;

namespace Crm.Module.Activities;

/// <summary>
/// Keeps Quartz in step with activities' reminders. It reacts to the activity events after commit
/// (from the outbox), so a reminder is scheduled if and only if the plan committed, and a host that
/// dies right after the commit still schedules it on redelivery: scheduling an identity again
/// replaces it. Done or cancelled activities lose their reminder.
/// </summary>
internal sealed class ActivityReminders(ICrmScheduler scheduler) :
    ICrmEventHandler<ActivityPlanned>,
    ICrmEventHandler<ActivityCompleted>,
    ICrmEventHandler<ActivityCancelled>,
    ICrmEventHandler<ActivityEdited>
{
    public static string Identity(long activityId) =>
        "activity-reminder:" + activityId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task HandleAsync(ActivityPlanned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var activity = crmEvent.Activity;
        return activity.ReminderAt is { } at
            ? scheduler.ScheduleOnceAsync(Identity(activity.Id), typeof(ActivityReminderJob), at, ActivityReminderJob.Data(activity.Id, at), cancellationToken)
            : Task.CompletedTask;
    }

    // A moved reminder replaces the trigger (same identity); a removed one is unscheduled.
    public Task HandleAsync(ActivityEdited crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var activity = crmEvent.Activity;
        if (activity.ReminderAt == crmEvent.PreviousReminderAt)
        {
            return Task.CompletedTask;
        }

        return activity.ReminderAt is { } at
            ? scheduler.ScheduleOnceAsync(Identity(activity.Id), typeof(ActivityReminderJob), at, ActivityReminderJob.Data(activity.Id, at), cancellationToken)
            : scheduler.UnscheduleAsync(Identity(activity.Id), cancellationToken);
    }

    public Task HandleAsync(ActivityCompleted crmEvent, CancellationToken cancellationToken) => ForgetAsync(crmEvent?.Activity, cancellationToken);

    public Task HandleAsync(ActivityCancelled crmEvent, CancellationToken cancellationToken) => ForgetAsync(crmEvent?.Activity, cancellationToken);

    private Task ForgetAsync(Activity? activity, CancellationToken cancellationToken) =>
        activity?.ReminderAt is null ? Task.CompletedTask : scheduler.UnscheduleAsync(Identity(activity.Id), cancellationToken);
}
