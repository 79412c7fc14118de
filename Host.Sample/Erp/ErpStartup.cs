using Crm.Abstractions.Erp;
using Host.Sample.Erp.DemoData;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace Host.Sample.Erp;

/// <summary>
/// Creates the sample ERP's tables and, on an empty database, its demo data. Registered before any
/// add-on, so its <see cref="StartingAsync"/> runs before the add-on validates its ERP mapping.
/// A database server that is not up yet (started together with the host) is waited for, with
/// backoff, for <c>Erp:Database:StartupTimeout</c> (default one minute).
/// </summary>
internal sealed partial class ErpStartup(IErpDatabase database, IConfiguration configuration, TimeProvider clock, ILogger<ErpStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.Parse(configuration["Erp:Database:StartupTimeout"] ?? "00:01:00", CultureInfo.InvariantCulture);
        var deadline = DateTimeOffset.UtcNow + timeout;
        var waitForDatabase = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is DbException { IsTransient: true } && DateTimeOffset.UtcNow < deadline),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(5),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogWaiting(logger, database.Engine, args.AttemptNumber + 1, args.Outcome.Exception!.Message, args.RetryDelay);
                    return default;
                },
            })
            .Build();
        await waitForDatabase.ExecuteAsync(async ct => await PrepareAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sample ERP's {Engine} database does not answer yet (attempt {Attempt}: {Error}); trying again in {Delay}.")]
    private static partial void LogWaiting(ILogger logger, DatabaseEngine engine, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the sample ERP with demo data as of {Today}.")]
    private static partial void LogSeeded(ILogger logger, DateOnly today);
}
