using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Text;

namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Inserts rows with parameterised INSERT statements; each property of the row type fills the column
/// of its snake_case name. The default data set is some 30,000 rows, so the way they travel matters.
/// </summary>
internal static class DemoRowWriter
{
    private const int RowsPerBatch = 500;

    private sealed record Column(PropertyInfo Property, string Name, DbType Type)
    {
        // The type is set even for nulls, so every provider sends a typed NULL.
        public DbParameter AddTo(DbParameterCollection parameters, DbParameter parameter)
        {
            parameter.ParameterName = "@" + Name;
            parameter.DbType = Type;
            parameters.Add(parameter);
            return parameter;
        }

        public object ValueOf(object? row) => Property.GetValue(row) ?? DBNull.Value;
    }

    public static async Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => new Column(property, ToSnakeCase(property.Name), DbTypeOf(property.PropertyType)))
            .ToArray();
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => column.Name))}) "
            + $"VALUES ({string.Join(", ", columns.Select(column => "@" + column.Name))})";
        if (connection.CanCreateBatch)
        {
            await InsertInBatchesAsync(connection, transaction, sql, columns, rows, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await InsertOneByOneAsync(connection, transaction, sql, columns, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    // Database servers (Npgsql, SqlClient): one round trip per row would take seconds. A batch sends
    // hundreds of statements at once; preparing it lets PostgreSQL plan the INSERT once per batch
    // (SqlClient treats Prepare as a no-op).
    private static async Task InsertInBatchesAsync<T>(DbConnection connection, DbTransaction transaction, string sql, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerBatch))
        {
            var batch = connection.CreateBatch();
            await using (batch.ConfigureAwait(false))
            {
                batch.Transaction = transaction;
                foreach (var row in chunk)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = sql;
                    foreach (var column in columns)
                    {
                        var parameter = column.AddTo(command.Parameters, command.CreateParameter());
                        parameter.Value = column.ValueOf(row);
                    }

                    batch.BatchCommands.Add(command);
                }

                await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // SQLite (no batching, no round trips): one command, compiled once, executed for every row.
    private static async Task InsertOneByOneAsync<T>(DbConnection connection, DbTransaction transaction, string sql, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            var parameters = Array.ConvertAll(columns, column => column.AddTo(command.Parameters, command.CreateParameter()));
            foreach (var row in rows)
            {
                for (var index = 0; index < columns.Length; index++)
                {
                    parameters[index].Value = columns[index].ValueOf(row);
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static DbType DbTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(decimal) => DbType.Decimal,
        // DateTime2, not DateTime: Npgsql maps DbType.DateTime to timestamptz, which refuses
        // unspecified kinds, and SQL Server's datetime would round; date columns accept both.
        var t when t == typeof(DateTime) => DbType.DateTime2,
        var t => throw new NotSupportedException($"No database type for {t.Name}."),
    };

    private static string ToSnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        return snake.ToString();
    }
}
