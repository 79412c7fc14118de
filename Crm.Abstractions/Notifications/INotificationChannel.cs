namespace Crm.Abstractions.Notifications;

/// <summary>
/// Delivers notifications to people: the host's in-app inbox, or a plugin's e-mail or chat channel.
/// Every registered channel receives every notification. Called in the background (no signed-in
/// user), at least once per notification: deduplicate by <see cref="Notification.Id"/>. Throwing
/// makes the add-on retry the notification later.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Delivers <paramref name="notification"/>.</summary>
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}
