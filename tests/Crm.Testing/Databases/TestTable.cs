using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>A table of test data: plain DDL per engine and parameterised inserts, every name quoted.</summary>
public sealed class TestTable
{
    public TestTable(string name, IReadOnlyList<TestColumn> columns, params IReadOnlyList<string> primaryKey)
    {
        Name = name;
        Columns = columns;
        PrimaryKey = primaryKey;
    }

    public string Name { get; }

    public IReadOnlyList<TestColumn> Columns { get; }

    public IReadOnlyList<string> PrimaryKey { get; }

    public string CreateSql(DatabaseEngine engine)
    {
        var definitions = Columns
            .Select(column => $"{EngineSql.Quote(engine, column.Name)} {column.Type.For(engine)} {(column.Nullable ? "NULL" : "NOT NULL")}")
            .ToList();
        if (PrimaryKey.Count > 0)
        {
            definitions.Add($"PRIMARY KEY ({string.Join(", ", PrimaryKey.Select(column => EngineSql.Quote(engine, column)))})");
        }

        return $"CREATE TABLE {EngineSql.Quote(engine, Name)} (\n    {string.Join(",\n    ", definitions)}\n)";
    }

    public async Task CreateAsync(DbConnection connection, DbTransaction? transaction, DatabaseEngine engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = CreateSql(engine);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts <paramref name="rows"/>, each holding one value per column in <see cref="Columns"/> order; null is NULL.</summary>
    public async Task<int> InsertAsync(
        DbConnection connection,
        DbTransaction? transaction,
        DatabaseEngine engine,
        IEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            var names = Columns.Select((_, index) => "@p" + index.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText =
                $"INSERT INTO {EngineSql.Quote(engine, Name)} ({string.Join(", ", Columns.Select(column => EngineSql.Quote(engine, column.Name)))}) "
                + $"VALUES ({string.Join(", ", names)})";
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            var count = 0;
            foreach (var row in rows)
            {
                if (row.Count != Columns.Count)
                {
                    throw new ArgumentException($"A row for {Name} has {row.Count} values for {Columns.Count} columns.", nameof(rows));
                }

                for (var index = 0; index < row.Count; index++)
                {
                    command.Parameters[index].Value = row[index] ?? DBNull.Value;
                }

                count += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return count;
        }
    }
}
