using System.Data.Common;
using Crm.Abstractions.Erp;
using Dapper;

namespace Crm.Module.Erp.Indexes;

/// <summary>An index the database has on a table: its key columns in order and how it is built.</summary>
internal sealed record ExistingIndex(string Name, IReadOnlyList<string?> Columns, IReadOnlyList<string> Methods)
{
    /// <summary>Whether this index serves <paramref name="need"/>: a B-tree that starts with its columns, or a trigram index on its column.</summary>
    public bool Serves(ErpIndexNeed need) => need.Method == ErpIndexMethod.Trigram
        ? need.Columns.All(c => Columns.Select((column, i) => (column, i)).Any(x => Same(x.column, c) && Methods[x.i] == ErpIndexInspector.Trigram))
        : Columns.Count >= need.Columns.Count
          && need.Columns.Select((c, i) => Same(Columns[i], c) && Methods[i] == ErpIndexInspector.BTree).All(ok => ok);

    private static bool Same(string? column, string wanted) => string.Equals(column, wanted, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Reads the indexes of one table from the database's catalog, with the table name as a parameter.</summary>
internal static class ErpIndexInspector
{
    public const string BTree = "btree";
    public const string Trigram = "trgm";

    // SQLite indexes are all B-trees; an INTEGER PRIMARY KEY is the rowid itself and has no index of its own.
    private const string SqliteIndexes = """
        SELECT il.name AS Name, ii.name AS ColumnName, 'btree' AS Method
        FROM pragma_index_list(@table, @schema) il JOIN pragma_index_info(il.name, @schema) ii
        ORDER BY il.name, ii.seqno;
        SELECT t.name FROM pragma_table_info(@table, @schema) t
        WHERE t.pk = 1 AND UPPER(t.type) = 'INTEGER' AND (SELECT COUNT(*) FROM pragma_table_info(@table, @schema) WHERE pk > 0) = 1;
        """;

    // Invalid indexes (a CREATE INDEX CONCURRENTLY that failed) serve no query and count as missing.
    private const string PostgresIndexes = """
        SELECT i.relname AS Name, a.attname AS ColumnName,
               CASE WHEN oc.opcname IN ('gin_trgm_ops', 'gist_trgm_ops') THEN 'trgm' ELSE am.amname END AS Method
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_am am ON am.oid = i.relam
        CROSS JOIN LATERAL unnest(CAST(x.indkey AS int2[]), CAST(x.indclass AS oid[])) WITH ORDINALITY AS k(attnum, opclass, n)
        LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
        LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
        WHERE x.indrelid = to_regclass(@table) AND x.indisvalid AND k.n <= x.indnkeyatts
        ORDER BY i.relname, k.n;
        """;

    // Row-store indexes only (clustered 1, nonclustered 2); key columns, not INCLUDE columns.
    private const string SqlServerIndexes = """
        SELECT i.name AS Name, c.name AS ColumnName, 'btree' AS Method
        FROM sys.indexes i
        JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.key_ordinal > 0
        JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE i.object_id = OBJECT_ID(@table) AND i.type IN (1, 2) AND i.is_disabled = 0
        ORDER BY i.name, ic.key_ordinal;
        """;

    private sealed record IndexColumnRow(string Name, string? ColumnName, string Method);

    /// <param name="quotedTable">The table as the dialect quotes it (PostgreSQL and SQL Server resolve that text).</param>
    public static async Task<IReadOnlyList<ExistingIndex>> ReadAsync(DbConnection connection, DatabaseEngine engine, string table, string quotedTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (engine == DatabaseEngine.Sqlite)
        {
            var parts = table.Split('.');
            var parameters = new { table = parts[^1], schema = parts.Length > 1 ? parts[0] : "main" };
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(SqliteIndexes, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var indexes = Group(await results.ReadAsync<IndexColumnRow>().ConfigureAwait(false));
            var rowid = await results.ReadSingleOrDefaultAsync<string>().ConfigureAwait(false);
            return rowid is null ? indexes : [.. indexes, new ExistingIndex("rowid", [rowid], [BTree])];
        }

        var sql = engine == DatabaseEngine.PostgreSql ? PostgresIndexes : SqlServerIndexes;
        var rows = await connection.QueryAsync<IndexColumnRow>(new CommandDefinition(sql, new { table = quotedTable }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return Group(rows);
    }

    /// <summary>Whether pg_trgm is installed in this database, and whether the server has it to install.</summary>
    public static async Task<(bool Installed, bool Available)> TrigramAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleAsync<(bool, bool)>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'), EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row;
    }

    private static List<ExistingIndex> Group(IEnumerable<IndexColumnRow> rows) =>
    [
        .. rows.GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => new ExistingIndex(g.Key, [.. g.Select(r => r.ColumnName)], [.. g.Select(r => r.Method)])),
    ];
}
