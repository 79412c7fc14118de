using Crm.Abstractions.Erp;
using Crm.Testing.Databases;

namespace Host.Sample.Tests.Security;

/// <summary>
/// An in-process Host.Sample on one database engine with the walk's records made: on SQLite the
/// host's own embedded file, on PostgreSQL a fresh database of the server the tests start.
/// </summary>
internal sealed class WalkedHost : IAsyncDisposable
{
    private readonly TestDatabase? _database;

    private WalkedHost(InProcessHostSample host, SeededRecords records, TestDatabase? database)
    {
        Host = host;
        Records = records;
        _database = database;
    }

    public InProcessHostSample Host { get; }

    public SeededRecords Records { get; }

    /// <summary>
    /// Throws <see cref="TestEnvironmentUnavailableException"/> when the engine is not available here;
    /// <paramref name="extraSettings"/> override configuration.
    /// </summary>
    public static async Task<WalkedHost> StartAsync(DatabaseEngine engine, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var database = engine == DatabaseEngine.Sqlite ? null : await TestDatabases.CreateAsync(engine).ConfigureAwait(false);
        var settings = new Dictionary<string, string>(extraSettings ?? new Dictionary<string, string>());
        if (database is not null)
        {
            settings["Erp:Database:Engine"] = engine.ToString();
            settings["Erp:Database:ConnectionString"] = database.ConnectionString;
        }

        var host = await InProcessHostSample.StartAsync(settings).ConfigureAwait(false);
        return new WalkedHost(host, await SeededRecords.CreateAsync(host).ConfigureAwait(false), database);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync().ConfigureAwait(false);
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }
}
