using System.Data.Common;
using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Events.BeforeChange;

/// <summary>
/// Runs the before-change handlers of one change inside the operation's transaction, one after
/// another: vetoes roll the operation back as a validation error, enrichments are validated and
/// written with it. Each handler works on its own copy of the context, merged only when it
/// returns, so a handler that throws leaves no half-made veto or value behind: it is logged and
/// counted against its plugin, and the change goes on without it.
/// </summary>
internal sealed partial class BeforeChanges(
    ILifetimeScope scope, BeforeHandlers handlers, ICustomFieldTransaction fields, PluginHealth health, ICurrentUser user, ILogger<BeforeChanges> logger)
{
    /// <exception cref="CrmValidationException">A handler vetoed, or an enrichment is not a valid value.</exception>
    public async Task RunAsync(DbConnection connection, DbTransaction transaction, CrmEvent change, CancellationToken cancellationToken)
    {
        if (ChangedRecord.Of(change) is not { } record)
        {
            return;
        }

        // A scope of our own: handlers resolved for a singleton caller would otherwise live in the root until the host stops.
        var handlerScope = scope.BeginLifetimeScope();
        await using (handlerScope.ConfigureAwait(false))
        {
            var calls = handlers.For(handlerScope, change.GetType())
                .Where(call => call.PluginId is null || health.DisabledReason(call.PluginId) is null)
                .ToList();
            if (calls.Count == 0)
            {
                return;
            }

            var stored = await fields.ReadAsync(connection, transaction, record.Entity, record.Key, cancellationToken).ConfigureAwait(false);
            var context = new CrmChangeContext(record.Entity, record.Key, user.IsAuthenticated ? user.UserName : null, stored);
            foreach (var call in calls)
            {
                await RunAsync(call, change, context, cancellationToken).ConfigureAwait(false);
            }

            if (context.IsVetoed)
            {
                throw new CrmValidationException(context.Vetoes.ToDictionary(v => v.Key, v => v.Value.ToArray(), StringComparer.Ordinal));
            }

            if (context.Enriched.Count > 0)
            {
                await fields.WriteAsync(connection, transaction, record.Entity, record.Key, context.Enriched, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(IBeforeHandlerCall call, CrmEvent change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        var own = new CrmChangeContext(context.Entity, context.Key, context.UserName, context.Fields);
        try
        {
            await call.InvokeAsync(change, own, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, call.Name, call.PluginId is { } plugin ? "plugin " + plugin : "the add-on or host", change.EventId, change.GetType().Name);
            if (call.PluginId is { } failing)
            {
                health.Failed(failing, call.Name, $"{call.Name}: {e.GetType().Name}: {e.Message}");
            }

            return;
        }

        if (call.PluginId is { } succeeded)
        {
            health.Succeeded(succeeded, call.Name);
        }

        Merge(own, context);
    }

    private static void Merge(CrmChangeContext from, CrmChangeContext into)
    {
        foreach (var (code, value) in from.Enriched)
        {
            into.SetField(code, value);
        }

        foreach (var (field, messages) in from.Vetoes)
        {
            foreach (var message in messages)
            {
                into.Veto(message, field.Length == 0 ? null : field);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Before-change handler {Handler} of {Owner} failed on change {EventId} ({EventType}); the change goes on without it.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string owner, Guid eventId, string eventType);
}
