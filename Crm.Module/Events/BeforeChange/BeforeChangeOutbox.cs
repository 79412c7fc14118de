using System.Data.Common;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events.BeforeChange;

/// <summary>
/// The outbox as the add-on's services see it. Every create, update and status change stores its
/// event here inside its transaction, so this is the one place where before-change handlers can see
/// every change: they run first, and only a change they let pass is stored for after-commit
/// delivery. Registered per lifetime scope so that the handlers see the caller's user.
/// </summary>
internal sealed class BeforeChangeOutbox(Outbox store, BeforeChanges beforeChanges) : IOutbox
{
    public async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        await beforeChanges.RunAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
        await store.EnqueueAsync(connection, transaction, crmEvent, cancellationToken).ConfigureAwait(false);
    }
}
