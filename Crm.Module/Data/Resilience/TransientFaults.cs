using System.Net.Sockets;
using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Resilience;

/// <summary>
/// Sorts any exception by what it means for trying again, with the classifier of the host's
/// database engine. Looks through wrappers (a migration runner's, Quartz's, an aggregate) to the
/// driver's error; the first driver error found decides.
/// </summary>
internal sealed class TransientFaults(IErpDatabase database)
{
    private readonly IFaultClassifier _classifier = database.Engine switch
    {
        DatabaseEngine.Sqlite => new SqliteFaults(),
        DatabaseEngine.PostgreSql => new PostgresFaults(),
        DatabaseEngine.SqlServer => new SqlServerFaults(),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database.Engine, "Unsupported database engine."),
    };

    public FaultKind Classify(Exception? exception)
    {
        for (; exception is not null; exception = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception.InnerException)
        {
            if (exception is OperationCanceledException)
            {
                return FaultKind.Permanent;
            }

            if (exception is DatabaseUnreachableException)
            {
                return FaultKind.Unreachable;
            }

            if (_classifier.Classify(exception) is { } kind)
            {
                return kind;
            }

            // A socket error seen outside a driver's own exception (some drivers let it through at open).
            if (exception is SocketException)
            {
                return FaultKind.ConnectionLost;
            }
        }

        return FaultKind.Permanent;
    }

    public bool IsTransient(Exception? exception) => Classify(exception) != FaultKind.Permanent;
}
