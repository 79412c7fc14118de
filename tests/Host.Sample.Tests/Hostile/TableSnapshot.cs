using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// The rows of every table in a database (SQLite or PostgreSQL), each row as its field values: compared
/// before and after a request to find exactly which rows it changed. Rows are a multiset, so no key
/// column is needed.
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

    /// <summary>Reads the tables whose names <paramref name="include"/> accepts, through a new connection from <paramref name="open"/>.</summary>
    public static async Task<TableSnapshot> TakeAsync(Func<DbConnection> open, DatabaseEngine engine, Func<string, bool> include)
    {
        await using var connection = open();
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = engine == DatabaseEngine.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
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
            // The name comes from the catalog, not from input; identifiers cannot be parameters.
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

    private static string RowText(DbDataReader reader)
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
