using System.Data.Common;
using Dapper;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// Holds a database-wide lock while migrations run, so that several hosts started together on one
/// server database do not race to create the same tables (FluentMigrator itself does not lock).
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private readonly DbConnection? _connection;
    private readonly string? _release;
    private readonly string _name;

    private MigrationLock(DbConnection? connection, string? release, string name)
    {
        _connection = connection;
        _release = release;
        _name = name;
    }

    public static async Task<MigrationLock> AcquireAsync(CrmDatabase database, string name, CancellationToken cancellationToken)
    {
        if (database.Dialect.SessionLock is not { } statements)
        {
            return new MigrationLock(null, null, name);
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(statements.Acquire, new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new MigrationLock(connection, statements.Release, name);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        // Released explicitly: a pooled connection's session outlives Dispose, and with it the lock.
        await _connection.ExecuteAsync(_release!, new { name = _name }).ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
