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
/// entry. Registered per lifetime scope so that handlers and audit see the caller's user.
/// </summary>
internal sealed class BeforeChangeOutbox(Outbox store, BeforeChanges beforeChanges, AuditTrail audit) : IOutbox
{
    public async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        await beforeChanges.RunAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        await store.EnqueueAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
    }
}
