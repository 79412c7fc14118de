using System.Data.Common;
using Crm.Abstractions.Erp;
using Dapper;

namespace Host.Sample.Erp;

/// <summary>
/// Serialises the sample ERP's schema migration and demo seeding across hosts that start together
/// on one server database (a PostgreSQL advisory lock or a SQL Server application lock, held by one
/// session); embedded SQLite has a single host and needs none.
/// </summary>
internal sealed class ErpSetupLock : IAsyncDisposable
{
    private const string Name = "host-sample-erp-setup";

    private readonly DbConnection? _connection;
    private readonly string? _release;

    private ErpSetupLock(DbConnection? connection, string? release)
    {
        _connection = connection;
        _release = release;
    }

    public static async Task<ErpSetupLock> AcquireAsync(IErpDatabase database, CancellationToken cancellationToken)
    {
        (string Acquire, string Release)? statements = database.Engine switch
        {
            DatabaseEngine.PostgreSql => ("SELECT pg_advisory_lock(hashtext(@name))", "SELECT pg_advisory_unlock(hashtext(@name))"),
            DatabaseEngine.SqlServer => ("EXEC sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", "EXEC sp_releaseapplock @Resource = @name, @LockOwner = 'Session'"),
            _ => null,
        };
        if (statements is null)
        {
            return new ErpSetupLock(null, null);
        }

        var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(statements.Value.Acquire, new { name = Name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ErpSetupLock(connection, statements.Value.Release);
    }

    // Released explicitly: a pooled connection's session outlives Dispose, and with it the lock.
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        await _connection.ExecuteAsync(_release!, new { name = Name }).ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
