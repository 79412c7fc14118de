namespace Crm.Module.Events;

/// <summary>Wakes this host's outbox dispatcher, so events committed just now go out without waiting for the next poll.</summary>
internal interface IOutboxSignal
{
    /// <summary>
    /// Call after committing a transaction that enqueued events. Cheap and idempotent; a wake-up
    /// after a rollback only costs one empty look at the table. <see cref="IOutbox"/> already calls
    /// it when the enqueuing connection closes.
    /// </summary>
    void Notify();
}
