using Crm.Abstractions.Activities;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Notifications;

namespace Crm.Module.Notifications;

/// <summary>
/// Tells the assignee that an activity was planned for them by someone else (or automatically, as
/// the next step of a chain). Runs after commit from the outbox, so a rolled-back plan notifies nobody;
/// the event id is the notification id, so a redelivered event is recognisable.
/// </summary>
internal sealed class ActivityAssignmentNotifier(IEnumerable<INotificationChannel> channels) : ICrmEventHandler<ActivityPlanned>
{
    public async Task HandleAsync(ActivityPlanned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var activity = crmEvent.Activity;
        if (activity.PreviousId is null && string.Equals(activity.Assignee, activity.CreatedBy, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var due = activity.DueAt is { } at ? $" due {at:yyyy-MM-dd HH:mm} UTC" : string.Empty;
        var notification = new Notification(
            crmEvent.EventId,
            activity.Assignee,
            $"New {activity.Type} for you: {activity.Subject}",
            $"Account {activity.AccountKey}{due}, planned by {activity.CreatedBy}.",
            $"activity:{activity.Id}",
            crmEvent.OccurredAt);
        foreach (var channel in channels)
        {
            await channel.SendAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }
}
