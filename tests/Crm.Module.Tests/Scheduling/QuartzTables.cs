using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Scheduling;

/// <summary>What an operator would see of Quartz's tables in the CRM database.</summary>
internal static class QuartzTables
{
    public static async Task<IReadOnlyList<string>> NamesAsync(TestDatabase database)
    {
        var sql = database.Engine == DatabaseEngine.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE 'crm_qrtz_%'"
            : "SELECT table_name FROM information_schema.tables WHERE lower(table_name) LIKE 'crm_qrtz_%'";
        await using var connection = await database.OpenConnectionAsync();
        return [.. (await connection.QueryAsync<string>(sql)).Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal)];
    }
}
