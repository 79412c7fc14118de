using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Notifications;
using Dapper;

namespace Host.Sample.Inbox;

/// <summary>
/// Delivers notifications into <c>erp_user_inbox</c>, where the user finds them at <c>/inbox</c>.
/// A notification already there (same id) is not stored twice: delivery is at least once.
/// </summary>
public sealed class InAppInbox(IErpDatabase database) : INotificationChannel
{
    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO erp_user_inbox (id, recipient, subject, text, regarding, created_at)
            SELECT @id, @recipient, @subject, @text, @regarding, @createdAt
            WHERE NOT EXISTS (SELECT 1 FROM erp_user_inbox WHERE id = @id)
            """,
            new
            {
                id = notification.Id.ToString("D", CultureInfo.InvariantCulture),
                recipient = notification.Recipient,
                subject = notification.Subject.Length > 300 ? notification.Subject[..300] : notification.Subject,
                text = notification.Text,
                regarding = notification.Regarding,
                createdAt = DateTime.SpecifyKind(notification.CreatedAt.UtcDateTime, DateTimeKind.Unspecified),
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The newest notifications of <paramref name="recipient"/>.</summary>
    public async Task<IReadOnlyList<InboxItem>> ForAsync(string recipient, int take, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<InboxItem>();

        // Unbuffered, stopping after `take` rows: portable across the three engines without a paging clause.
        var rows = connection.QueryUnbufferedAsync<InboxItem>(
            "SELECT id AS Id, subject AS Subject, text AS Text, regarding AS Regarding FROM erp_user_inbox WHERE recipient = @recipient ORDER BY created_at DESC, id",
            new { recipient });
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(row);
            if (items.Count == take)
            {
                break;
            }
        }

        return items;
    }
}

/// <summary>One notification as the inbox shows it.</summary>
public sealed record InboxItem(string Id, string Subject, string? Text, string Regarding);
