using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
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
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(crmEvents);
        if (crmEvents.Count == 0)
        {
            return;
        }

        var statements = new StringBuilder();
        var parameters = new DynamicParameters();
        var nextAttemptAt = DbValues.ToUtcParameter(clock.GetUtcNow());
        for (var i = 0; i < crmEvents.Count; i++)
        {
            var crmEvent = crmEvents[i] ?? throw new ArgumentException("An event is null.", nameof(crmEvents));
            if (crmEvent.EventId == Guid.Empty || crmEvent.OccurredAt == default)
            {
                throw new ArgumentException($"Set {nameof(CrmEvent.EventId)} and {nameof(CrmEvent.OccurredAt)} when raising an event.", nameof(crmEvents));
            }

            statements.Append(CultureInfo.InvariantCulture, $"{Insert.Replace("@", $"@e{i}", StringComparison.Ordinal)};\n");
            parameters.Add($"e{i}eventId", crmEvent.EventId.ToString("D", CultureInfo.InvariantCulture));
            parameters.Add($"e{i}eventType", CrmEventTypes.NameOf(crmEvent.GetType()));
            parameters.Add($"e{i}payload", CrmEventJson.Serialize(crmEvent));
            parameters.Add($"e{i}occurredAt", DbValues.ToUtcParameter(crmEvent.OccurredAt));
            parameters.Add($"e{i}nextAttemptAt", nextAttemptAt);
        }

        await connection.ExecuteAsync(new CommandDefinition(statements.ToString(), parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
