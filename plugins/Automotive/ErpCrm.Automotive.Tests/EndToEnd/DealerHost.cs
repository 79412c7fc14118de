using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Microsoft.Data.Sqlite;

namespace ErpCrm.Automotive.Tests.EndToEnd;

/// <summary>
/// Host.Sample on a fresh database of one engine (its own SQLite file, or a new PostgreSQL database),
/// configured as a dealer would, with the ERP database at hand to add vehicle sales.
/// </summary>
internal sealed class DealerHost : IAsyncDisposable
{
    private readonly string _dataFolder;
    private readonly TestDatabase? _database;

    private DealerHost(HostProcess process, string dataFolder, TestDatabase? database)
    {
        Process = process;
        _dataFolder = dataFolder;
        _database = database;
        Erp = new DealerErpData(database is null
            ? () => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "erp.db"), Pooling = false }.ConnectionString)
            : database.CreateConnection);
    }

    public HostProcess Process { get; }

    public DealerErpData Erp { get; }

    /// <summary>Starts the host; on PostgreSQL the database comes through <paramref name="createDatabase"/> so that a missing server can skip the test.</summary>
    public static async Task<DealerHost> StartAsync(DatabaseEngine engine, Func<Task<TestDatabase>> createDatabase)
    {
        var settings = new Dictionary<string, string>
        {
            // The dealer's configuration: who gets the service appointments of accounts without owner.
            ["Crm__FollowUps__Rules__auto.service-due__Parameters__Assignee"] = "rep2",

            // The register's job every two seconds instead of nightly, so that a test sees it run.
            ["Crm__Jobs__auto.vehicle-register__Schedule"] = "0/2 * * * * ?",
        };
        var database = engine == DatabaseEngine.Sqlite ? null : await createDatabase();
        if (database is not null)
        {
            settings["Erp__Database__Engine"] = engine.ToString();
            settings["Erp__Database__ConnectionString"] = database.ConnectionString;
        }

        var dataFolder = Directory.CreateTempSubdirectory("crm-auto-").FullName;
        var host = new DealerHost(HostProcess.Start(settings, dataFolder), dataFolder, database);
        try
        {
            await host.Process.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }
}
