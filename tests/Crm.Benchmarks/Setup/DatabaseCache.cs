using Crm.Abstractions.Erp;
using Crm.Scale;
using Crm.Scale.Progress;
using Crm.Testing.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// Makes the generated database the benchmarks run on, once: a SQLite file in the cache folder named
/// by engine, scale, seed and day (reused while it exists), or a PostgreSQL database (reused when it
/// already holds customers; a throw-away server is filled anew on every run).
/// </summary>
internal static class DatabaseCache
{
    /// <summary>The database to benchmark, and what to stop afterwards (the throw-away server), if anything.</summary>
    public static async Task<(BenchmarkTarget Target, IAsyncDisposable? Server)> PrepareAsync(BenchmarkRun options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.CacheFolder);
        if (options.Engine == DatabaseEngine.Sqlite)
        {
            return (await SqliteAsync(options, log).ConfigureAwait(false), null);
        }

        if (options.Connection is not null)
        {
            await FillIfEmptyAsync(options.Connection, options.Scale, log).ConfigureAwait(false);
            return (new BenchmarkTarget(DatabaseEngine.PostgreSql, options.Connection, options.Scale.Today), null);
        }

        var server = await PostgresServer.StartAsync().ConfigureAwait(false);
        try
        {
            var name = options.DatabaseName;
            await ExecuteAsync(server.ConnectionStringFor("postgres"), $"CREATE DATABASE \"{name}\"").ConfigureAwait(false);
            var connection = server.ConnectionStringFor(name);
            log.WriteLine($"Throw-away PostgreSQL on port {server.Port}; generating {name}.");
            await GenerateAsync(DatabaseEngine.PostgreSql, connection, options.Scale, log).ConfigureAwait(false);
            return (new BenchmarkTarget(DatabaseEngine.PostgreSql, connection, options.Scale.Today), server);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<BenchmarkTarget> SqliteAsync(BenchmarkRun options, TextWriter log)
    {
        var file = Path.Combine(options.CacheFolder, options.DatabaseName + ".db");
        if (File.Exists(file))
        {
            log.WriteLine($"Reusing {file}.");
        }
        else
        {
            // Generated under another name and renamed at the end: an interrupted run leaves no file
            // that a later run would take for complete.
            var partial = file + ".partial";
            File.Delete(partial);
            log.WriteLine($"Generating {file}.");
            await GenerateAsync(DatabaseEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString, options.Scale, log).ConfigureAwait(false);
            File.Move(partial, file);
        }

        return new BenchmarkTarget(DatabaseEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString, options.Scale.Today);
    }

    private static async Task FillIfEmptyAsync(string connectionString, ScaleSettings settings, TextWriter log)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            // Two statements: PostgreSQL resolves every table of a statement before running it, so
            // the count cannot sit beside the check for the table.
            using var exists = RawCommand.Create(connection, "SELECT to_regclass('erp_customers') IS NOT NULL", new Dictionary<string, object?>());
            using var filled = RawCommand.Create(connection, "SELECT EXISTS (SELECT 1 FROM erp_customers)", new Dictionary<string, object?>());
            if (await exists.ExecuteScalarAsync().ConfigureAwait(false) is true && await filled.ExecuteScalarAsync().ConfigureAwait(false) is true)
            {
                log.WriteLine("Reusing the data in the given database (it holds customers); its scale, seed and day are the ones it was generated with.");
                return;
            }
        }

        await GenerateAsync(DatabaseEngine.PostgreSql, connectionString, settings, log).ConfigureAwait(false);
    }

    private static async Task GenerateAsync(DatabaseEngine engine, string connectionString, ScaleSettings settings, TextWriter log)
    {
        using var progress = new LogProgress(log);
        var report = await ScaleGenerator.GenerateAsync(engine, connectionString, settings, progress).ConfigureAwait(false);
        log.WriteLine($"Generated in {report.Total.TotalSeconds:0} s.");
    }

    private static async Task ExecuteAsync(string connectionString, string statement)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            using var command = RawCommand.Create(connection, statement, new Dictionary<string, object?>());
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
