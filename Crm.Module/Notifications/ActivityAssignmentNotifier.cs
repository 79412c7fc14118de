using Crm.Abstractions.Activities;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Notifications;
using Crm.Module.Activities;

namespace Crm.Module.Notifications;

/// <summary>
/// Tells the assignee that an activity was planned for them by someone else (or automatically, as
/// the next step of a chain), or given to them. Runs after commit from the outbox, so a rolled-back plan notifies nobody;
/// the event id is the notification id, so a redelivered event is recognisable.
/// </summary>
internal sealed class ActivityAssignmentNotifier(IEnumerable<INotificationChannel> channels) :
    ICrmEventHandler<ActivityPlanned>,
    ICrmEventHandler<ActivityReassigned>
{
    public Task HandleAsync(ActivityPlanned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var activity = crmEvent.Activity;
        return activity.PreviousId is null && string.Equals(activity.Assignee, activity.CreatedBy, StringComparison.OrdinalIgnoreCase)
            ? Task.CompletedTask
            : NotifyAsync(crmEvent, activity, activity.CreatedBy, cancellationToken);
    }

    public Task HandleAsync(ActivityReassigned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        return string.Equals(crmEvent.Activity.Assignee, crmEvent.By, StringComparison.OrdinalIgnoreCase)
            ? Task.CompletedTask
            : NotifyAsync(crmEvent, crmEvent.Activity, crmEvent.By, cancellationToken);
    }

    private async Task NotifyAsync(CrmEvent crmEvent, Activity activity, string by, CancellationToken cancellationToken)
    {
        var due = activity.DueAt is { } at ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" due {at:yyyy-MM-dd HH:mm} UTC") : string.Empty;
        var notification = new Notification(
            crmEvent.EventId,
            activity.Assignee,
            $"New {activity.Type} for you: {activity.Subject}",
            $"{ActivityRegarding.Of(activity).Describe()}{due}, from {by}.",
            $"activity:{activity.Id}",
            crmEvent.OccurredAt);
        foreach (var channel in channels)
        {
            await channel.SendAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }
}
