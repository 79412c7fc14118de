using System.Text.RegularExpressions;
using Crm.Abstractions.Erp;
using Crm.Module.Data.Dialects;

namespace Crm.Module.Erp.Indexes;

/// <summary>
/// The CREATE INDEX statement of one <see cref="ErpIndexNeed"/> for the running database. Every
/// identifier is quoted by the dialect, and the index name is checked once more, so nothing but
/// names from the mapping reaches the DDL (and DDL cannot take parameters).
/// </summary>
internal static partial class ErpIndexDdl
{
    /// <summary>The statement PostgreSQL needs before a trigram index; pg_trgm is a trusted extension, so a database owner may run it.</summary>
    public const string TrigramExtension = "CREATE EXTENSION IF NOT EXISTS pg_trgm";

    public static string For(ErpIndexNeed need, ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(dialect);
        if (!SafeName().IsMatch(need.Name))
        {
            throw new ArgumentException($"'{need.Name}' is not an index name this add-on builds.", nameof(need));
        }

        var columns = string.Join(", ", need.Columns.Select(c => need.Method == ErpIndexMethod.Trigram ? dialect.Quote(c) + " gin_trgm_ops" : dialect.Quote(c)));
        var table = dialect.QuoteQualified(need.Table);
        return dialect.Engine switch
        {
            // SQLite names the schema on the index, not on the table: CREATE INDEX s.ix ON t (…).
            DatabaseEngine.Sqlite => $"CREATE INDEX IF NOT EXISTS {SqliteIndexName(need, dialect)} ON {dialect.Quote(need.Table.Split('.')[^1])} ({columns})",

            // CONCURRENTLY: the ERP keeps writing while the index is built (no lock on its writes).
            DatabaseEngine.PostgreSql => $"CREATE INDEX CONCURRENTLY IF NOT EXISTS {dialect.Quote(need.Name)} ON {table}{(need.Method == ErpIndexMethod.Trigram ? " USING gin" : string.Empty)} ({columns})",
            DatabaseEngine.SqlServer => $"CREATE INDEX {dialect.Quote(need.Name)} ON {table} ({columns})",
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect.Engine, "Unsupported database engine."),
        };
    }

    private static string SqliteIndexName(ErpIndexNeed need, ISqlDialect dialect)
    {
        var parts = need.Table.Split('.');
        return parts.Length > 1 ? dialect.Quote(parts[0]) + "." + dialect.Quote(need.Name) : dialect.Quote(need.Name);
    }

    [GeneratedRegex("^ix_crm_[a-z0-9_]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
