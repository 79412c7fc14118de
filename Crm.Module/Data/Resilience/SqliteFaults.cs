using Microsoft.Data.Sqlite;

namespace Crm.Module.Data.Resilience;

/// <summary>
/// SQLite's errors. The file cannot go away like a server, but another connection can hold the lock
/// past the busy timeout: SQLITE_BUSY or SQLITE_LOCKED, and the statement (a COMMIT too) did nothing.
/// </summary>
internal sealed class SqliteFaults : IFaultClassifier
{
    private const int Busy = 5;
    private const int Locked = 6;

    public FaultKind? Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: Busy or Locked } => FaultKind.NotCommitted,
        SqliteException => FaultKind.Permanent,
        _ => null,
    };
}
