using Npgsql;
using NpgsqlTypes;

namespace Crm.Scale.Loading;

/// <summary>
/// PostgreSQL: each table goes in through one binary COPY, the fastest way in. Ids are generated,
/// so afterwards every identity sequence is set past the largest id, or the add-on's next INSERT
/// would collide with a generated row.
/// </summary>
internal sealed class PostgresBulkLoader(string connectionString) : IBulkLoader
{
    // Without a command timeout: completing a COPY of millions of rows waits for the server's
    // foreign-key checks, which takes longer than any timeout meant for single statements.
    private readonly NpgsqlConnection _connection = new(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);

    public Task StartAsync(CancellationToken cancellationToken) => _connection.OpenAsync(cancellationToken);

    public async Task<long> LoadAsync(TableLoad load, Action<long> written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(written);
        var shape = load.Shape;
        var types = shape.Columns.Select(column => TypeOf(column.Kind)).ToArray();
        long count = 0;
        var importer = await _connection.BeginBinaryImportAsync($"COPY {shape.Name} ({shape.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in load.Rows())
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var index = 0; index < types.Length; index++)
                {
                    if (row[index] is { } value)
                    {
                        await importer.WriteAsync(value, types[index], cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                written(++count);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    public async Task FinishAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables.Where(table => table.IdentityColumn is not null))
        {
            // Table and column names come from the generator's own shapes, never from input.
            await ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence('{table.Name}', '{table.IdentityColumn}'), COALESCE((SELECT MAX({table.IdentityColumn}) FROM {table.Name}), 0) + 1, false)",
                cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync("ANALYZE", cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static NpgsqlDbType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Varchar,
        ColumnKind.Int32 => NpgsqlDbType.Integer,
        ColumnKind.Int64 => NpgsqlDbType.Bigint,
        ColumnKind.Decimal => NpgsqlDbType.Numeric,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.Timestamp => NpgsqlDbType.Timestamp,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No PostgreSQL type for this column kind."),
    };

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
