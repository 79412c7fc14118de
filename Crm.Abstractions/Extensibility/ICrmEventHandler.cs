using System.Diagnostics.CodeAnalysis;

namespace Crm.Abstractions.Extensibility;

/// <summary>
/// Reacts to a <see cref="CrmEvent"/>. Register implementations in your Autofac module, one
/// registration per event type handled, e.g.
/// <c>builder.RegisterType&lt;NotifyDispatch&gt;().As&lt;ICrmEventHandler&lt;InquiryLogged&gt;&gt;();</c>.
/// A handler registered for a base type (<c>ICrmEventHandler&lt;CrmEvent&gt;</c>) receives every
/// event derived from it.
/// </summary>
/// <typeparam name="TEvent">The event type handled.</typeparam>
/// <remarks>
/// <para>What the add-on guarantees, and what it asks of handlers:</para>
/// <list type="bullet">
/// <item><description><b>After commit.</b> A handler only ever sees events whose change was
/// committed; an event raised in a transaction that rolled back is never delivered.</description></item>
/// <item><description><b>At least once.</b> Events are stored in the database with the change and
/// survive a crash of the host. An event may be delivered more than once (a crash after handling
/// but before it was marked delivered, or a retry because another handler of the same event
/// failed), so a handler must be idempotent: deduplicate by <see cref="CrmEvent.EventId"/>.
/// When several hosts share the database, each delivery of an event happens on exactly one of them.</description></item>
/// <item><description><b>Retries.</b> An event counts as delivered when every handler of it has
/// succeeded in the same attempt. If any handler throws (or exceeds the configured handler
/// timeout), the failure is logged and the whole event is retried later with growing delays, and
/// every handler sees it again; after the configured number of attempts the event is given up,
/// left in the outbox table and logged as an error. A throwing handler never stops the host nor
/// the other handlers of the same event.</description></item>
/// <item><description><b>A plugin that keeps failing is disabled.</b> Every failure of a vertical
/// plugin's handlers and follow-up rules is logged with the plugin's id and counted; after the
/// configured number of consecutive failures (<c>Crm:Plugins:DisableAfterFailures</c>, 5 by default)
/// the plugin's handlers and rules stop running until the host restarts and the plugin is listed as
/// failed with its last error. An event retried because of such a plugin is then delivered to the
/// other handlers without it: as long as the limit is below <c>Crm:Events:MaxAttempts</c> (20 by
/// default), one plugin never makes an event be given up.</description></item>
/// <item><description><b>No order.</b> Events usually arrive in the order they were stored, but a
/// retried event arrives after later ones, and several hosts deliver in parallel.</description></item>
/// <item><description><b>Own scope, no user.</b> Handlers run in the background, each event in a new
/// Autofac lifetime scope of its own (scoped services are fresh and disposed afterwards). There is
/// no signed-in user: <c>ICurrentUser</c> is anonymous there, so services that demand a role refuse.</description></item>
/// <item><description><b>Cancellation.</b> The token is cancelled when the host stops or the handler
/// timeout elapses; the event is then delivered again later.</description></item>
/// </list>
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It handles CRM domain events, not .NET events; the name is the partner contract.")]
public interface ICrmEventHandler<in TEvent>
    where TEvent : CrmEvent
{
    /// <summary>Handles one delivery of <paramref name="crmEvent"/>; throw to have it retried later.</summary>
    /// <param name="crmEvent">The event, as stored when it was raised.</param>
    /// <param name="cancellationToken">Cancelled when the host stops or the handler timeout elapses.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent crmEvent, CancellationToken cancellationToken);
}
