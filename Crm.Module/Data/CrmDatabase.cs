using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Data.Dialects;
using Crm.Module.Data.Resilience;

namespace Crm.Module.Data;

/// <summary>
/// Opens connections to the database the host supplies and knows its dialect. Opening is retried
/// with backoff on a passing fault (<see cref="DatabaseRetries.Open"/>): nothing was sent yet, so a
/// database that restarts or is briefly overloaded costs a request a pause, not an error. When
/// every try failed, <see cref="DatabaseUnreachableException"/> says that nothing was sent.
/// </summary>
internal sealed class CrmDatabase(IErpDatabase database, DatabaseRetries retries, TransientFaults faults)
{
    public ISqlDialect Dialect { get; } = SqlDialects.For(database.Engine);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await retries.Open.ExecuteAsync(static async (database, ct) => await OpenOnceAsync(database, ct).ConfigureAwait(false), database, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (faults.IsTransient(e))
        {
            throw DatabaseUnreachableException.After(retries.Target, e);
        }
    }

    private static async Task<DbConnection> OpenOnceAsync(IErpDatabase database, CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
