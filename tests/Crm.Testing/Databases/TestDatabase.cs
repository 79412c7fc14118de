using System.Data.Common;
using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>
/// A fresh, empty, uniquely named database for one test (or one test class), handed to the add-on
/// as the ERP database. Disposing deletes it.
/// </summary>
public abstract class TestDatabase : IErpDatabase, IAsyncDisposable
{
    private int disposed;

    private protected TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public abstract DatabaseEngine Engine { get; }

    /// <summary>The database's name (SQLite: the file's path).</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Creates and opens a connection; the caller disposes it.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
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

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await DropAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes the database.</summary>
    private protected abstract ValueTask DropAsync();

    /// <summary>A name no other test database in any concurrent test process uses; safe as an unquoted identifier.</summary>
    private protected static string UniqueName() => "crm_test_" + Guid.NewGuid().ToString("N")[..16];
}
