using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Privacy;

/// <summary>Every text cell of every CRM table (not Quartz's): what a search for a person's traces has to look through.</summary>
internal static class CrmTables
{
    public static async Task<List<string>> TextsContainingAsync(TestDatabase database, IReadOnlyList<string> needles)
    {
        await using var connection = await database.OpenConnectionAsync();
        var list = database.Engine == DatabaseEngine.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'crm%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'crm%'";
        var tables = (await connection.QueryAsync<string>(list)).Where(t => !t.StartsWith("crm_qrtz_", StringComparison.Ordinal)).ToList();
        Assert.IsTrue(tables.Contains("crm_leads") && tables.Contains("crm_outbox"), "the CRM's tables are listed");
        var found = new List<string>();
        foreach (var table in tables)
        {
            found.AddRange(await TextsAsync(connection, database.Engine, table, needles));
        }

        return found;
    }

    private static async Task<IEnumerable<string>> TextsAsync(DbConnection connection, DatabaseEngine engine, string table, IReadOnlyList<string> needles)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {EngineSql.Quote(engine, table)}";
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetValue(i) is string text && needles.FirstOrDefault(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)) is { } needle)
                {
                    found.Add(string.Create(CultureInfo.InvariantCulture, $"{table}.{reader.GetName(i)} holds '{needle}': {text[..Math.Min(text.Length, 300)]}"));
                }
            }
        }

        return found;
    }
}
