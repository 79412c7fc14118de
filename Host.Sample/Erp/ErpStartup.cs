using Crm.Abstractions.Erp;
using Host.Sample.Erp.DemoData;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Erp;

/// <summary>
/// Creates the sample ERP's tables and, on an empty database, its demo data. Registered before any
/// add-on, so its <see cref="StartingAsync"/> runs before the add-on validates its ERP mapping.
/// </summary>
internal sealed partial class ErpStartup(IErpDatabase database, IConfiguration configuration, TimeProvider clock, ILogger<ErpStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (database.Engine == DatabaseEngine.Sqlite)
        {
            await EnableWriteAheadLogAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (await ErpSetupLock.AcquireAsync(database, cancellationToken).ConfigureAwait(false))
        {
            await MigrateAndSeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        ErpSchemaMigrator.Migrate(database.Engine, database.ConnectionString);
        if (!configuration.GetValue("Erp:SeedDemoData", true))
        {
            return;
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (await DemoDataSeeder.SeedIfEmptyAsync(connection, today, DemoDataSize.Default, cancellationToken).ConfigureAwait(false))
        {
            LogSeeded(logger, today);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Readers do not block the writer and the writer does not block readers: what a web host with
    // many concurrent requests on one SQLite file needs. The mode is stored in the file.
    private async Task EnableWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)database.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the sample ERP with demo data as of {Today}.")]
    private static partial void LogSeeded(ILogger logger, DateOnly today);
}
