using System.Data.Common;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events;

/// <summary>Stores events in <c>crm_outbox</c> as part of the caller's transaction; they are delivered after it commits.</summary>
internal interface IOutbox
{
    /// <summary>
    /// Writes <paramref name="crmEvent"/> in <paramref name="transaction"/>: it is delivered if and only
    /// if that transaction commits. The dispatcher is woken when <paramref name="connection"/> closes
    /// (after the caller's commit, in the usual <c>await using</c> pattern); calling
    /// <see cref="IOutboxSignal.Notify"/> right after the commit wakes it sooner, and the poll interval
    /// covers everything else. Enqueuing one <see cref="CrmEvent.EventId"/> twice fails on the unique key.
    /// </summary>
    /// <exception cref="ArgumentException">The event has no id or no time, or its type cannot be stored (see <see cref="CrmEventTypes.NameOf"/>).</exception>
    Task EnqueueAsync(DbConnection connection, DbTransaction transaction, CrmEvent crmEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the events of one change, in order, as <see cref="EnqueueAsync(DbConnection, DbTransaction, CrmEvent, CancellationToken)"/>
    /// writes one. Where a record is named by several of them (an inquiry logged and assigned), the
    /// audit log records it once, with every event's action.
    /// </summary>
    Task EnqueueAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CrmEvent> crmEvents, CancellationToken cancellationToken);
}
