using Microsoft.Data.SqlClient;

namespace Crm.Module.Data.Resilience;

/// <summary>SQL Server's error numbers that pass, as Azure SQL's and EF Core's retry lists know them.</summary>
internal sealed class SqlServerFaults : IFaultClassifier
{
    // The server chose this transaction as a victim or refused the work: rolled back or never begun.
    private static readonly HashSet<int> NotCommitted =
    [
        1205,  // deadlock victim
        1222,  // lock request time-out
        40501, // the service is busy
        40613, // database not currently available
        49918, 49919, 49920, // not enough resources, too many requests
        4060,  // cannot open the database (still recovering)
        40197, // the service had an error processing the request
    ];

    // The network or the session failed; the client cannot tell whether a commit got through.
    private static readonly HashSet<int> ConnectionLost =
    [
        -2,    // time-out
        20,    // the instance does not support encryption / connection broken
        64,    // the network name is no longer available
        233,   // no process is on the other end of the pipe
        10053, // connection aborted
        10054, // connection reset by peer
        10060, // connection timed out
        10928, 10929, // resource limits reached
    ];

    public FaultKind? Classify(Exception exception) => exception switch
    {
        SqlException e when e.Errors.Cast<SqlError>().Any(x => NotCommitted.Contains(x.Number)) => FaultKind.NotCommitted,
        SqlException e when e.Errors.Cast<SqlError>().Any(x => ConnectionLost.Contains(x.Number)) => FaultKind.ConnectionLost,
        SqlException => FaultKind.Permanent,
        _ => null,
    };
}
