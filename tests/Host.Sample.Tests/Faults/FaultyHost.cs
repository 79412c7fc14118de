using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Host.Sample.Tests.Faults;

/// <summary>
/// A Host.Sample for fault tests and its database, which the test reaches directly to break it and to
/// see what was really stored: on SQLite the host's file (with a short busy timeout, so a held lock
/// shows up as SQLITE_BUSY quickly); on PostgreSQL a database on a server of the test's own, which it
/// may stop, start and cut connections of. Hosts started from it share the database and data folder,
/// so a host killed and started again finds what the first one committed.
/// </summary>
internal sealed class FaultyHost : IAsyncDisposable
{
    private readonly PostgresServer? _server;
    private readonly TestDatabase? _database;
    private readonly Dictionary<string, string> _environment;

    private FaultyHost(DatabaseEngine engine, string dataFolder, string connectionString, PostgresServer? server, TestDatabase? database, IReadOnlyDictionary<string, string> settings)
    {
        Engine = engine;
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        _server = server;
        _database = database;
        _environment = new Dictionary<string, string>(settings)
        {
            ["Erp__Database__Engine"] = engine.ToString(),
            ["Erp__Database__ConnectionString"] = connectionString,

            // Delivery taken over soon after a host dies holding outbox claims.
            ["Crm__Events__LockDuration"] = "00:00:04",
            ["Crm__Events__HandlerTimeout"] = "00:00:02",
        };
    }

    public DatabaseEngine Engine { get; }

    public string DataFolder { get; }

    /// <summary>What the host connects with (for PostgreSQL with a password, which trust authentication ignores and logs must not show).</summary>
    public string ConnectionString { get; }

    /// <summary>The test's own PostgreSQL server; null on SQLite.</summary>
    public PostgresServer? Server => _server;

    public const string Password = "never-in-a-log-7f3a";

    /// <summary>Prepares the database; starts no host yet. Skips (or fails, where required) when the engine is not installed.</summary>
    public static async Task<FaultyHost> CreateAsync(DatabaseEngine engine, IReadOnlyDictionary<string, string>? settings = null)
    {
        settings ??= new Dictionary<string, string>();
        var dataFolder = Directory.CreateTempSubdirectory("crm-faults-").FullName;
        if (engine == DatabaseEngine.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "erp.db"), DefaultTimeout = 1 }.ToString();
            return new FaultyHost(engine, dataFolder, file, null, null, settings);
        }

        PostgresServer server;
        try
        {
            server = await PostgresServer.StartAsync();
        }
        catch (TestEnvironmentUnavailableException e)
        {
            Directory.Delete(dataFolder, recursive: true);
            if (e.IsRequired)
            {
                Assert.Fail(e.Message);
            }

            Assert.Inconclusive(e.Message);
            throw;
        }

        var database = await PostgresTestDatabase.CreateAsync(server);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = Password }.ConnectionString;
        return new FaultyHost(engine, dataFolder, connectionString, server, database, settings);
    }

    public HostProcess Start() => HostProcess.Start(_environment, DataFolder);

    /// <summary>A connection of the test's own to the host's database, unpooled: a pooled one would not survive the server's restarts.</summary>
    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Engine == DatabaseEngine.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            // The test's own pooled sessions did not survive the server's restarts.
            NpgsqlConnection.ClearAllPools();
            await _database.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }
}
