using Npgsql;

namespace Crm.Module.Data.Resilience;

/// <summary>Npgsql's errors: SQLSTATE codes from the server, and the driver's own for the network.</summary>
internal sealed class PostgresFaults : IFaultClassifier
{
    // The server rolled the transaction back, or never began one.
    private static readonly HashSet<string> NotCommitted = new(StringComparer.Ordinal)
    {
        "40001", // serialization_failure
        "40P01", // deadlock_detected
        "53300", // too_many_connections
        "57P03", // cannot_connect_now (starting up, shutting down, in recovery)
    };

    // The session ends under the work; what was in flight is unknown to the client.
    private static readonly HashSet<string> SessionEnded = new(StringComparer.Ordinal)
    {
        "57P01", // admin_shutdown (server stop, pg_terminate_backend)
        "57P02", // crash_shutdown
        "08000", // connection_exception
        "08003", // connection_does_not_exist
        "08006", // connection_failure
        "08001", // sqlclient_unable_to_establish_sqlconnection
        "08004", // sqlserver_rejected_establishment_of_sqlconnection
    };

    public FaultKind? Classify(Exception exception) => exception switch
    {
        PostgresException e when NotCommitted.Contains(e.SqlState) => FaultKind.NotCommitted,
        PostgresException e when SessionEnded.Contains(e.SqlState) => FaultKind.ConnectionLost,
        PostgresException => FaultKind.Permanent,

        // Npgsql marks the network's failures (refused, reset, timed out) as transient.
        NpgsqlException { IsTransient: true } => FaultKind.ConnectionLost,
        NpgsqlException => FaultKind.Permanent,
        _ => null,
    };
}
