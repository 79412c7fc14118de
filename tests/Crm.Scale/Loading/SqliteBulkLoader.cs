using Microsoft.Data.Sqlite;

namespace Crm.Scale.Loading;

/// <summary>
/// SQLite: one prepared INSERT per table, executed for every row inside large transactions, with
/// the write-ahead log and without syncing to disk while loading. A crash during the load leaves a
/// database to throw away, which is acceptable for generated data; the previous settings come back
/// at the end. SQLite needs no sequence fix: an explicit id moves AUTOINCREMENT's counter by itself.
/// </summary>
internal sealed class SqliteBulkLoader(string connectionString) : IBulkLoader
{
    private const int RowsPerTransaction = 250_000;

    private readonly SqliteConnection _connection = new(connectionString);
    private string _journalMode = "delete";
    private long _synchronous = 2;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        _journalMode = (string)(Scalar("PRAGMA journal_mode") ?? "delete");
        _synchronous = (long)(Scalar("PRAGMA synchronous") ?? 2L);
        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA synchronous = OFF");
        // A large page cache keeps the indexes' upper pages in memory while millions of keys go in.
        Execute("PRAGMA cache_size = -200000");
        Execute("PRAGMA temp_store = MEMORY");
    }

    public Task<long> LoadAsync(TableLoad load, Action<long> written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(written);
        var shape = load.Shape;
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {shape.Name} ({shape.ColumnList}) VALUES ({string.Join(", ", shape.Columns.Select((_, index) => "$p" + index))})";
        var parameters = shape.Columns.Select((column, index) => command.Parameters.Add("$p" + index, TypeOf(column.Kind))).ToArray();
        var transaction = _connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        long count = 0;
        try
        {
            foreach (var row in load.Rows())
            {
                for (var index = 0; index < parameters.Length; index++)
                {
                    parameters[index].Value = row[index] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
                written(++count);
                if (count % RowsPerTransaction == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = _connection.BeginTransaction();
                    command.Transaction = transaction;
                }
            }

            transaction.Commit();
        }
        finally
        {
            transaction.Dispose();
        }

        return Task.FromResult(count);
    }

    public Task FinishAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        Execute("ANALYZE");
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        Execute("PRAGMA synchronous = " + _synchronous.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // journal_mode returns a value; the pragma only accepts a literal, read back from SQLite itself above.
        Scalar("PRAGMA journal_mode = " + _journalMode);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    // Decimals go in as REAL: the NUMERIC columns would turn the provider's default (text) into a
    // number anyway, so the stored values equal the demo seeder's, without parsing text per row.
    private static SqliteType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 or ColumnKind.Int64 => SqliteType.Integer,
        ColumnKind.Decimal => SqliteType.Real,
        _ => SqliteType.Text,
    };

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
