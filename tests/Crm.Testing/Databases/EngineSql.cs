using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>
/// Identifier quoting for test SQL. Test data is written with its own plain SQL, never with the
/// add-on's dialects, so a dialect bug cannot hide itself by shaping the data it is tested on.
/// </summary>
public static class EngineSql
{
    /// <summary>Quotes <paramref name="identifier"/> so its case and any character in it survive: "x", or [x] on SQL Server.</summary>
    public static string Quote(DatabaseEngine engine, string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return engine == DatabaseEngine.SqlServer
            ? "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]"
            : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
