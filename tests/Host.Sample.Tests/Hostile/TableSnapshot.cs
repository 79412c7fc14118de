using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// The rows of every table in a SQLite file, each row as its field values: compared before and after a
/// request to find exactly which rows it changed. Rows are a multiset, so no key column is needed.
/// </summary>
internal sealed class TableSnapshot
{
    private readonly Dictionary<string, Dictionary<string, int>> _tables;

    private TableSnapshot(Dictionary<string, Dictionary<string, int>> tables) => _tables = tables;

    public IEnumerable<string> TableNames => _tables.Keys;

    /// <summary>The tables whose rows differ in <paramref name="after"/>.</summary>
    public IEnumerable<string> ChangedIn(TableSnapshot after) =>
        TableNames.Union(after.TableNames).Where(t => RemovedIn(after, t).Count > 0 || AddedIn(after, t).Count > 0);

    public int RowCount(string table) => _tables.TryGetValue(table, out var rows) ? rows.Values.Sum() : 0;

    /// <summary>Reads the tables whose names <paramref name="include"/> accepts.</summary>
    public static async Task<TableSnapshot> TakeAsync(string databaseFile, Func<string, bool> include)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (include(reader.GetString(0)))
                {
                    names.Add(reader.GetString(0));
                }
            }
        }

        var tables = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            await using var select = connection.CreateCommand();
            // The name comes from sqlite_master, not from input; identifiers cannot be parameters.
            select.CommandText = $"SELECT * FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = RowText(reader);
                rows[row] = rows.GetValueOrDefault(row) + 1;
            }

            tables[name] = rows;
        }

        return new TableSnapshot(tables);
    }

    /// <summary>The rows of <paramref name="table"/> that were here and are not in <paramref name="after"/> (changed or deleted).</summary>
    public IReadOnlyList<IReadOnlyList<string>> RemovedIn(TableSnapshot after, string table) => Missing(this, after, table);

    /// <summary>The rows of <paramref name="table"/> in <paramref name="after"/> that were not here (changed or inserted).</summary>
    public IReadOnlyList<IReadOnlyList<string>> AddedIn(TableSnapshot after, string table) => Missing(after, this, table);

    private static List<IReadOnlyList<string>> Missing(TableSnapshot from, TableSnapshot to, string table)
    {
        var source = from._tables.GetValueOrDefault(table) ?? [];
        var target = to._tables.GetValueOrDefault(table) ?? [];
        return [.. source
            .Where(row => row.Value > target.GetValueOrDefault(row.Key))
            .Select(row => (IReadOnlyList<string>)row.Key.Split('\u001f'))];
    }

    private static string RowText(SqliteDataReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.IsDBNull(i) ? "<null>" : reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToHexString(bytes),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }

        return string.Join('\u001f', fields);
    }
}
