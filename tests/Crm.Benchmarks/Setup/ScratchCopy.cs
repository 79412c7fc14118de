using Crm.Abstractions.Erp;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// A copy of the generated database for a write path, so the cached data stays as generated for
/// the reads of later runs: a copied file on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL.
/// </summary>
internal sealed class ScratchCopy
{
    private ScratchCopy(BenchmarkTarget target, Func<Task> drop)
    {
        Target = target;
        Drop = drop;
    }

    public BenchmarkTarget Target { get; }

    public Func<Task> Drop { get; }

    public static async Task<ScratchCopy> CreateAsync(BenchmarkTarget source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Engine == DatabaseEngine.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(source.ConnectionString);
            var copy = builder.DataSource + ".write-copy";
            DeleteSidecars(copy);
            File.Copy(builder.DataSource, copy, overwrite: true);

            // The copy's 800 MB would otherwise still be on their way to the disk while the write
            // path is measured, and every commit's fsync would wait behind them.
            var written = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite);
            await using (written.ConfigureAwait(false))
            {
                written.Flush(flushToDisk: true);
            }

            builder.DataSource = copy;
            return new ScratchCopy(source with { ConnectionString = builder.ConnectionString }, () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(copy);
                DeleteSidecars(copy);
                return Task.CompletedTask;
            });
        }

        var original = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        var name = original.Database + "_write_copy";
        var admin = new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

        // TEMPLATE needs the source without connections: the read benchmarks' pooled ones go first.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\"").ConfigureAwait(false);
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{original.Database}\"").ConfigureAwait(false);
        var target = new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = name }.ConnectionString;
        return new ScratchCopy(source with { ConnectionString = target }, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\"").ConfigureAwait(false);
        });
    }

    // A host killed on the copy (the host benchmarks stop it so) or a run that died leaves its
    // write-ahead log, shared memory or journal beside it; a new copy under the same name would take
    // them for its own: "disk I/O error", or a stale journal rolled into the fresh copy.
    private static void DeleteSidecars(string file)
    {
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(file + suffix);
        }
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
