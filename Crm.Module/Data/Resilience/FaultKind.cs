namespace Crm.Module.Data.Resilience;

/// <summary>What a database error means for trying the work again.</summary>
internal enum FaultKind
{
    /// <summary>Not a passing fault (bad SQL, a constraint, a bug): trying again gives the same answer.</summary>
    Permanent,

    /// <summary>
    /// The database refused or rolled back the work (deadlock, serialization failure, busy, too many
    /// connections, still starting): nothing of the transaction was stored, so it may run again.
    /// </summary>
    NotCommitted,

    /// <summary>
    /// The connection failed (refused, reset, the server shut down). Before a connection is open this
    /// is as safe to retry as <see cref="NotCommitted"/>; on an open connection it may have struck
    /// during a commit, so whether the work was stored is unknown.
    /// </summary>
    ConnectionLost,

    /// <summary>
    /// No connection could be opened, after <see cref="DatabaseRetries.Open"/>'s own tries: nothing
    /// was sent, so nothing was stored; the database is down or out of connections.
    /// </summary>
    Unreachable,
}
