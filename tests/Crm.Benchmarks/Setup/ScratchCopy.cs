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

            // A run that died left its copy's journal behind: SQLite would roll it into the new copy.
            foreach (var leftover in new[] { "-journal", "-wal", "-shm" })
            {
                File.Delete(copy + leftover);
            }

            File.Copy(builder.DataSource, copy, overwrite: true);
            builder.DataSource = copy;
            return new ScratchCopy(source with { ConnectionString = builder.ConnectionString }, () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(copy);
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
