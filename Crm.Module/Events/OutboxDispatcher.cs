using System.Data.Common;
using Crm.Abstractions.Extensibility;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Events;

/// <summary>
/// Delivers committed events from <c>crm_outbox</c>: reads the due rows oldest first, claims each
/// one just before delivering it (so a lock only ever covers the event in hand), delivers it and
/// records the outcome. It reads again at once while there may be more, otherwise when woken by
/// <see cref="IOutboxSignal"/> or after the poll interval. Nothing escapes the loop but the host
/// stopping: a database that is away is logged and tried again at the next poll.
/// </summary>
internal sealed partial class OutboxDispatcher(
    OutboxStore store,
    OutboxSignal signal,
    CrmEventTypes types,
    EventDelivery delivery,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, options.NodeName, options.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.Reset();
            var more = false;
            try
            {
                more = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogPassFailed(logger, e, options.NodeName, options.PollInterval);
            }

            if (!more)
            {
                await signal.WaitAsync(options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }

        LogStopped(logger, options.NodeName);
    }

    /// <summary>One read of the due rows; true when the batch was full, so more may be due.</summary>
    private async Task<bool> RunOnceAsync(CancellationToken stoppingToken)
    {
        var connection = await store.OpenAsync(stoppingToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await store.DueAsync(connection, clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                stoppingToken.ThrowIfCancellationRequested();
                if (await store.ClaimAsync(connection, row, clock.GetUtcNow(), stoppingToken).ConfigureAwait(false))
                {
                    await DeliverClaimedAsync(connection, row, stoppingToken).ConfigureAwait(false);
                }
            }

            return rows.Count == options.BatchSize;
        }
    }

    private async Task DeliverClaimedAsync(DbConnection connection, OutboxRow row, CancellationToken stoppingToken)
    {
        IReadOnlyList<string> failures;
        try
        {
            failures = await DeliverAsync(row, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await store.ReleaseAsync(connection, row.Id).ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            // The scope could not be created or disposed, or handlers could not be resolved.
            LogDeliveryFailed(logger, e, row.EventId, row.EventType);
            failures = [$"{e.GetType().Name}: {e.Message}"];
        }

        var now = clock.GetUtcNow();
        if (failures.Count == 0)
        {
            await OutboxStore.MarkDeliveredAsync(connection, row.Id, now).ConfigureAwait(false);
            return;
        }

        var attempts = row.Attempts + 1;
        var error = string.Join(Environment.NewLine, failures);
        var next = options.NextAttemptAfter(attempts, now);
        await store.MarkFailedAsync(connection, row.Id, attempts, error, next, now).ConfigureAwait(false);
        if (next is { } nextAttemptAt)
        {
            LogRetryScheduled(logger, row.EventId, row.EventType, attempts, options.MaxAttempts, nextAttemptAt);
        }
        else
        {
            LogDead(logger, row.EventId, row.EventType, attempts, error);
        }
    }

    private async Task<IReadOnlyList<string>> DeliverAsync(OutboxRow row, CancellationToken stoppingToken)
    {
        if (!types.TryGetType(row.EventType, out var type))
        {
            LogUnknownType(logger, row.EventId, row.EventType);
            return [$"Unknown event type '{row.EventType}' on node {options.NodeName}: no such event in Crm.Abstractions and no handler registered for it."];
        }

        CrmEvent crmEvent;
        try
        {
            crmEvent = CrmEventJson.Deserialize(row.Payload, type);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnreadable(logger, e, row.EventId, row.EventType);
            return [$"The payload cannot be read as {type.FullName}: {e.Message}"];
        }

        return await delivery.DeliverAsync(crmEvent, stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatcher {Node} started; polling every {PollInterval}.")]
    private static partial void LogStarted(ILogger logger, string node, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatcher {Node} stopped.")]
    private static partial void LogStopped(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatcher {Node} could not read or update crm_outbox; trying again in {PollInterval}.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string node, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} ({EventType}) could not be delivered.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string eventId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} has the type {EventType}, which this host does not know (a plugin missing here, or written by a newer version); it stays for a host that knows it.")]
    private static partial void LogUnknownType(ILogger logger, string eventId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({EventType}) cannot be read from its stored payload.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string eventId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({EventType}) failed attempt {Attempt} of {MaxAttempts}; next attempt at {NextAttemptAt:O}.")]
    private static partial void LogRetryScheduled(ILogger logger, string eventId, string eventType, int attempt, int maxAttempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} ({EventType}) is given up after {Attempts} failed attempts; it stays undelivered in crm_outbox (dead_at set). Last errors: {Error}")]
    private static partial void LogDead(ILogger logger, string eventId, string eventType, int attempts, string error);
}
