using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Events;

/// <summary>
/// Delivers one event to all its handlers in a new lifetime scope. Every handler runs on every
/// attempt, each isolated: one that throws, cannot be created or exceeds the handler timeout is
/// logged and noted, and the others still run. The event is delivered when the list of failures
/// comes back empty. A vertical plugin's handler counts towards its plugin's health, and once the
/// plugin is disabled its handlers are skipped: a plugin that keeps throwing makes an event retried
/// only until it is disabled, and the retry then completes without it.
/// </summary>
internal sealed partial class EventDelivery(ILifetimeScope root, EventHandlers handlers, PluginHealth health, OutboxOptions options, TimeProvider clock, ILogger<EventDelivery> logger)
{
    /// <summary>The failures, one line per failed handler; empty when every handler succeeded.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="stopping"/> was cancelled: the attempt does not count.</exception>
    public async Task<IReadOnlyList<string>> DeliverAsync(CrmEvent crmEvent, CancellationToken stopping)
    {
        var failures = new List<string>();
        var scope = root.BeginLifetimeScope(b => b.RegisterInstance(NoUser.Instance).As<ICurrentUser>());
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in handlers.For(scope, crmEvent.GetType()))
            {
                if (handler.PluginId is { } disabled && health.DisabledReason(disabled) is not null)
                {
                    continue;
                }

                var failure = await RunAsync(handler, crmEvent, stopping).ConfigureAwait(false);
                if (failure is not null)
                {
                    failures.Add(failure);
                }

                if (handler.PluginId is { } plugin)
                {
                    NoteOutcome(plugin, handler.Name, failure);
                }
            }
        }

        return failures;
    }

    private void NoteOutcome(string plugin, string handler, string? failure)
    {
        if (failure is null)
        {
            health.Succeeded(plugin, handler);
        }
        else
        {
            health.Failed(plugin, handler, failure);
        }
    }

    private async Task<string?> RunAsync(IHandlerCall handler, CrmEvent crmEvent, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(options.HandlerTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            // WaitAsync lets the dispatcher move on even from a handler that ignores its token.
            await handler.InvokeAsync(crmEvent, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
        {
            LogHandlerTimedOut(logger, e, handler.Name, OwnerOf(handler), crmEvent.EventId, options.HandlerTimeout);
            return $"{handler.Name}: timed out after {options.HandlerTimeout}";
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, handler.Name, OwnerOf(handler), crmEvent.EventId, crmEvent.GetType().Name);
            return $"{handler.Name}: {e.GetType().Name}: {e.Message}";
        }
    }

    private static string OwnerOf(IHandlerCall handler) => handler.PluginId is { } plugin ? "plugin " + plugin : "the add-on or host";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event handler {Handler} of {Owner} failed on event {EventId} ({EventType}); the event will be retried.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string owner, Guid eventId, string eventType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event handler {Handler} of {Owner} did not finish event {EventId} within {Timeout}; the dispatcher moved on and the event will be retried.")]
    private static partial void LogHandlerTimedOut(ILogger logger, Exception exception, string handler, string owner, Guid eventId, TimeSpan timeout);
}
