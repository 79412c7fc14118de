using System.Diagnostics.CodeAnalysis;

namespace Crm.Abstractions.Extensibility;

/// <summary>
/// Sees a change of a CRM record before it is committed, and may veto it or enrich the record's
/// custom fields. Every create, update and status change of accounts (owner, custom fields), leads,
/// opportunities, inquiries and activities raises its <see cref="CrmEvent"/>; before that event is
/// stored for the after-commit handlers (<see cref="ICrmEventHandler{TEvent}"/>), the add-on
/// passes it to the before handlers of its type, e.g.
/// <c>builder.RegisterType&lt;RecallNeedsVin&gt;().As&lt;ICrmBeforeHandler&lt;InquiryLogged&gt;&gt;();</c>.
/// </summary>
/// <typeparam name="TEvent">The change handled; a handler of a base type (<c>CrmEvent</c>) sees every change.</typeparam>
/// <remarks>
/// <list type="bullet">
/// <item><description><b>Inside the transaction.</b> The handler runs after the add-on's own
/// validation, inside the database transaction of the operation, so the event shows the record as
/// it will be committed. Keep it short and local: no slow calls to other systems (the operation's
/// rows stay locked meanwhile); do those in an after-commit handler.</description></item>
/// <item><description><b>Veto.</b> <see cref="CrmChangeContext.Veto"/> refuses the whole operation:
/// it is rolled back and the caller gets a validation error with your message (HTTP 400 with the
/// problem's <c>errors</c> by field, like any invalid input; a whole-record message is also its
/// <c>detail</c>), nothing written.</description></item>
/// <item><description><b>Enrich.</b> <see cref="CrmChangeContext.SetField"/> sets custom field values
/// of the changed record; they are validated like user input and written in the same transaction.
/// A later handler of the same change sees them in <see cref="CrmChangeContext.Fields"/>.</description></item>
/// <item><description><b>Throwing is not vetoing.</b> A handler that throws is logged and counted
/// against its plugin (see <see cref="ICrmEventHandler{TEvent}"/> on disabling), and the operation
/// goes on without it: a broken plugin never blocks the users' work. Use
/// <see cref="CrmChangeContext.Veto"/> to refuse.</description></item>
/// <item><description><b>The user.</b> The handler runs in the caller's scope:
/// <see cref="CrmChangeContext.UserName"/> is who makes the change (null for background work such as
/// follow-up rules).</description></item>
/// </list>
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It handles CRM changes, not .NET events; the name is the partner contract.")]
public interface ICrmBeforeHandler<in TEvent>
    where TEvent : CrmEvent
{
    /// <summary>Inspects the change about to be committed; veto or enrich through <paramref name="context"/>.</summary>
    /// <param name="change">The event the change will raise, showing the record as it will be committed.</param>
    /// <param name="context">The record's custom fields, and the ways to veto or enrich.</param>
    /// <param name="cancellationToken">Cancelled when the caller gives up.</param>
    /// <returns>A task that completes when the handler has decided.</returns>
    Task BeforeAsync(TEvent change, CrmChangeContext context, CancellationToken cancellationToken);
}
