using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// A real Host.Sample process on one database engine (its embedded SQLite file, or a fresh database
/// of the PostgreSQL server the tests start), with the web form's key set, and a way to read every
/// table's rows so a test sees exactly what a request wrote.
/// </summary>
internal sealed class FuzzedHost : IAsyncDisposable
{
    public const string FormKey = "fuzz-form-key-4b1e9c";

    private readonly TestDatabase? _database;

    private FuzzedHost(HostProcess process, DatabaseEngine engine, TestDatabase? database)
    {
        Process = process;
        Engine = engine;
        _database = database;
    }

    public HostProcess Process { get; }

    public DatabaseEngine Engine { get; }

    /// <summary>
    /// Starts the host; throws <see cref="TestEnvironmentUnavailableException"/> when the engine is
    /// not available here. <paramref name="environment"/> adds settings (as environment variables).
    /// </summary>
    public static async Task<FuzzedHost> StartAsync(DatabaseEngine engine, IReadOnlyDictionary<string, string>? environment = null)
    {
        var database = engine == DatabaseEngine.Sqlite ? null : await TestDatabases.CreateAsync(engine).ConfigureAwait(false);
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["Crm__Sales__WebForm__FormKey"] = FormKey,

            // The tests wait for the outbox after each batch of requests (SettleAsync): a short poll keeps that wait short.
            ["Crm__Events__PollInterval"] = "00:00:00.100",

            // Every table is compared around each request: a nightly job (segments at 02:30, hourly
            // plugin rules) firing meanwhile would look like a refused request's write.
            ["Crm__Scheduling__Enabled"] = "false",
        };
        if (database is not null)
        {
            settings["Erp__Database__Engine"] = engine.ToString();
            settings["Erp__Database__ConnectionString"] = database.ConnectionString;
        }

        var process = HostProcess.Start(settings);
        var host = new FuzzedHost(process, engine, database);
        try
        {
            await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(90)).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A client signed in as <paramref name="userName"/> that also sends the web form's key.</summary>
    public HttpClient ClientFor(string userName)
    {
        var client = Process.ClientFor(userName);
        client.DefaultRequestHeaders.Add("X-Crm-Form-Key", FormKey);
        return client;
    }

    /// <summary>The rows of the tables <paramref name="include"/> accepts, as they are now.</summary>
    public Task<TableSnapshot> SnapshotAsync(Func<string, bool> include) => TableSnapshot.TakeAsync(OpenConnection, Engine, include);

    /// <summary>
    /// Waits until the outbox has delivered every event: after-commit handlers (a notification in the
    /// ERP's inbox) write after the request has answered, and their writes belong to that request, not
    /// to the next. False when events are still undelivered after <paramref name="limit"/>.
    /// </summary>
    public async Task<bool> SettleAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            await using var connection = OpenConnection();
            await connection.OpenAsync().ConfigureAwait(false);
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM crm_outbox WHERE delivered_at IS NULL AND dead_at IS NULL";
            if (Convert.ToInt64(await count.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return true;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private DbConnection OpenConnection() =>
        _database?.CreateConnection()
        ?? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Process.DataFolder, "erp.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}
