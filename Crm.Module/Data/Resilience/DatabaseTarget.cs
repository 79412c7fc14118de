using System.Data.Common;
using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Resilience;

/// <summary>
/// Names the database for logs and messages — engine, server and database, never the password or
/// any other part of the connection string.
/// </summary>
internal static class DatabaseTarget
{
    public static string Describe(IErpDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = database.ConnectionString;
        }
        catch (ArgumentException)
        {
            // A connection string the generic parser cannot read is still none of the log's business.
            return database.Engine.ToString();
        }

        var server = First(builder, "Host", "Server", "Address", "Addr", "Network Address");
        var port = First(builder, "Port");
        var name = First(builder, "Database", "Initial Catalog", "Data Source", "DataSource", "Filename");
        return database.Engine switch
        {
            DatabaseEngine.Sqlite => $"{database.Engine} file {name ?? "?"}",
            _ => $"{database.Engine} database {name ?? "?"} on {server ?? "?"}{(port is null ? string.Empty : ":" + port)}",
        };
    }

    private static string? First(DbConnectionStringBuilder builder, params string[] keys) =>
        keys.Select(k => builder.TryGetValue(k, out var value) ? value?.ToString() : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
