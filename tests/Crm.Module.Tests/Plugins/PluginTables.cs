using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Plugins;

/// <summary>What an operator would see of a plugin's tables and columns in the CRM database.</summary>
internal static class PluginTables
{
    public static async Task<IReadOnlyList<string>> NamesAsync(TestDatabase database, string prefix)
    {
        var sql = database.Engine == DatabaseEngine.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        await using var connection = await database.OpenConnectionAsync();
        return [.. (await connection.QueryAsync<string>(sql)).Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public static async Task<IReadOnlyList<string>> ColumnsAsync(TestDatabase database, string table)
    {
        await using var connection = await database.OpenConnectionAsync();
        var names = database.Engine == DatabaseEngine.Sqlite
            ? await connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@table)", new { table })
            : await connection.QueryAsync<string>("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table", new { table });
        return [.. names.Order(StringComparer.Ordinal)];
    }
}
