using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Notifications;
using Crm.Module.Data;
using Dapper;
using Quartz;

namespace Crm.Module.Activities;

/// <summary>
/// Fires an activity's reminder: when the activity is still open, every notification channel gets a
/// reminder for its assignee. The notification id derives from the activity and its reminder time,
/// so a fire repeated by Quartz after a node failure is recognised by the channels as the same one.
/// A fire for a reminder time the activity no longer has (it was moved, and the trigger replaced
/// just after this fire started) sends nothing: the replacement trigger sends it at the new time.
/// </summary>
internal sealed class ActivityReminderJob(CrmDatabase database, IEnumerable<INotificationChannel> channels) : IJob
{
    private const string ActivityIdKey = "activityId";
    private const string ReminderAtKey = "reminderAtTicks";

    public static IReadOnlyDictionary<string, string> Data(long activityId, DateTimeOffset reminderAt) => new Dictionary<string, string>
    {
        [ActivityIdKey] = activityId.ToString(CultureInfo.InvariantCulture),
        [ReminderAtKey] = reminderAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
    };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = long.Parse(context.MergedJobDataMap.GetString(ActivityIdKey)!, CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ActivityRow>(new CommandDefinition(ActivitySql.ById, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row?.ToActivity() is not { Status: ActivityStatus.Open, ReminderAt: { } reminderAt } activity
            || (context.MergedJobDataMap.GetString(ReminderAtKey) is { } scheduledFor && Milliseconds(long.Parse(scheduledFor, CultureInfo.InvariantCulture)) != Milliseconds(reminderAt.UtcTicks)))
        {
            return;
        }

        var due = activity.DueAt is { } at ? $"Due {at:yyyy-MM-dd HH:mm} UTC. " : string.Empty;
        var notification = new Notification(
            NotificationId(activity.Id, reminderAt),
            activity.Assignee,
            $"Reminder: {activity.Subject}",
            $"{due}{ActivityRegarding.Of(activity).Describe()}.",
            $"activity:{activity.Id}",
            reminderAt);
        foreach (var channel in channels)
        {
            await channel.SendAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }

    // The databases keep moments to the microsecond (PostgreSQL) or tick; the schedule was made from
    // the moment as sent. Milliseconds are what both surely agree on.
    private static long Milliseconds(long ticks) => ticks / TimeSpan.TicksPerMillisecond;

    private static Guid NotificationId(long activityId, DateTimeOffset reminderAt) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"reminder:{activityId}:{reminderAt.UtcTicks}")))[..16]);
}
