using System.Data;
using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Extensibility;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Events;

internal sealed class Outbox(IOutboxSignal signal, TimeProvider clock) : IOutbox
{
    private const string Insert = """
        INSERT INTO crm_outbox (event_id, event_type, payload, occurred_at, attempts, next_attempt_at)
        VALUES (@eventId, @eventType, @payload, @occurredAt, 0, @nextAttemptAt)
        """;

    public async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(crmEvent);
        if (crmEvent.EventId == Guid.Empty || crmEvent.OccurredAt == default)
        {
            throw new ArgumentException($"Set {nameof(CrmEvent.EventId)} and {nameof(CrmEvent.OccurredAt)} when raising an event.", nameof(crmEvent));
        }

        var row = new
        {
            eventId = crmEvent.EventId.ToString("D", CultureInfo.InvariantCulture),
            eventType = CrmEventTypes.NameOf(crmEvent.GetType()),
            payload = CrmEventJson.Serialize(crmEvent),
            occurredAt = DbValues.ToUtcParameter(crmEvent.OccurredAt),
            nextAttemptAt = DbValues.ToUtcParameter(clock.GetUtcNow()),
        };
        await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        WakeWhenClosed(connection);
    }

    // A DbTransaction tells nobody that it committed, but callers close the connection right after
    // committing. Waking then may also follow a rollback, which costs one empty look at the table.
    private void WakeWhenClosed(DbConnection connection)
    {
        void OnStateChange(object? sender, StateChangeEventArgs e)
        {
            if (e.CurrentState != ConnectionState.Open)
            {
                connection.StateChange -= OnStateChange;
                signal.Notify();
            }
        }

        connection.StateChange += OnStateChange;
    }
}
