using System.Data.Common;
using Crm.Abstractions.Extensibility;
using Crm.Module.Audit;

namespace Crm.Module.Events.BeforeChange;

/// <summary>
/// The outbox as the add-on's services see it. Every create, update and status change stores its
/// event here inside its transaction, so this is the one place where before-change handlers can see
/// every change: they run first, and only a change they let pass is stored for after-commit
/// delivery. It is also where the audit log is written: after the handlers, whose enrichments
/// belong to the change, and in the same transaction, so a vetoed or rolled-back change leaves no
/// entry. The events of one change (an inquiry logged and assigned) come together, so the
/// record is audited once for them. Registered per lifetime scope so that handlers and audit see the caller's user.
/// </summary>
internal sealed class BeforeChangeOutbox(Outbox store, BeforeChanges beforeChanges, AuditTrail audit) : IOutbox
{
    public Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken) =>
        EnqueueAsync(connection, transaction, [crmEvent], cancellationToken);

    // Every event's handlers first, then one audit entry per record the events name (the state the
    // whole change left, with every event's action), then the events.
    public async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CrmEvent> crmEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvents);
        foreach (var crmEvent in crmEvents)
        {
            ArgumentNullException.ThrowIfNull(crmEvent, nameof(crmEvents));
            await beforeChanges.RunAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(connection, transaction, crmEvents, cancellationToken).ConfigureAwait(false);
        await store.EnqueueAsync(connection, transaction, crmEvents, cancellationToken).ConfigureAwait(false);
    }
}
