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

    public Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken) =>
        EnqueueAsync(connection, transaction, [crmEvent], cancellationToken);

    /// <summary>All the rows in one command: one round trip on a server, however many events.</summary>
    public async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CrmEvent> crmEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var batch = new WriteBatch();
        Add(connection, batch, crmEvents);
        await batch.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the rows of <paramref name="crmEvents"/> to <paramref name="batch"/>, which the caller
    /// sends in its transaction; the dispatcher is woken when <paramref name="connection"/> closes.
    /// </summary>
    public void Add(DbConnection connection, WriteBatch batch, IReadOnlyList<CrmEvent> crmEvents)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(crmEvents);
        if (crmEvents.Count == 0)
        {
            return;
        }

        var nextAttemptAt = DbValues.ToUtcParameter(clock.GetUtcNow());
        foreach (var crmEvent in crmEvents)
        {
            ArgumentNullException.ThrowIfNull(crmEvent, nameof(crmEvents));
            if (crmEvent.EventId == Guid.Empty || crmEvent.OccurredAt == default)
            {
                throw new ArgumentException($"Set {nameof(CrmEvent.EventId)} and {nameof(CrmEvent.OccurredAt)} when raising an event.", nameof(crmEvents));
            }

            batch.Add(Insert, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["eventId"] = crmEvent.EventId.ToString("D", CultureInfo.InvariantCulture),
                ["eventType"] = CrmEventTypes.NameOf(crmEvent.GetType()),
                ["payload"] = CrmEventJson.Serialize(crmEvent),
                ["occurredAt"] = DbValues.ToUtcParameter(crmEvent.OccurredAt),
                ["nextAttemptAt"] = nextAttemptAt,
            });
        }

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
