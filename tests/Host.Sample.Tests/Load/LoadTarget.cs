using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Load;

/// <summary>
/// A real Host.Sample process on one database engine, and a connection to that database for reading
/// back what the load stored: on SQLite the host's own embedded file, on PostgreSQL a fresh
/// database on the server the tests start.
/// </summary>
internal sealed class LoadTarget : IAsyncDisposable
{
    private readonly TestDatabase? _database;

    private LoadTarget(HostProcess host, TestDatabase? database)
    {
        Host = host;
        _database = database;
    }

    public HostProcess Host { get; }

    /// <summary>Starts the host; throws <see cref="TestEnvironmentUnavailableException"/> when the engine is not available here.</summary>
    public static async Task<LoadTarget> StartAsync(DatabaseEngine engine)
    {
        var database = engine == DatabaseEngine.Sqlite ? null : await TestDatabases.CreateAsync(engine);
        var host = HostProcess.Start(database is null ? null : new Dictionary<string, string>
        {
            ["Erp__Database__Engine"] = engine.ToString(),
            ["Erp__Database__ConnectionString"] = database.ConnectionString,
        });
        var target = new LoadTarget(host, database);
        try
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection to the host's database; the caller disposes it.</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        if (_database is not null)
        {
            return await _database.OpenConnectionAsync();
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Host.DataFolder, "erp.db"),
            Mode = SqliteOpenMode.ReadOnly,

            // Not pooled, so that the host's data folder can be deleted afterwards.
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
