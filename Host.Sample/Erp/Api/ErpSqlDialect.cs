using System.Data.Common;
using Crm.Abstractions.Erp;
using Microsoft.Data.Sqlite;

namespace Host.Sample.Erp.Api;

/// <summary>
/// What differs between the sample ERP's engines for its own read API: paging and case-insensitive
/// search. The SQL itself stays plain in the query classes.
/// </summary>
internal sealed class ErpSqlDialect(IErpDatabase database)
{
    // SQLite's LOWER folds ASCII only; this function folds "Ö" and "Ä" too.
    private const string SqliteFoldFunction = "erp_fold";

    /// <summary>An open connection on which <see cref="Fold"/> works.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(SqliteFoldFunction, value => value?.ToLowerInvariant(), isDeterministic: true);
        }

        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>The column in lower case, for a <c>LIKE</c> against a pattern lowered with <see cref="Pattern"/>.</summary>
    /// <remarks>
    /// PostgreSQL's and SQL Server's <c>LOWER</c> follow the database's locale and collation: a
    /// PostgreSQL database created with the C locale folds ASCII letters only, so there "Ö" does not
    /// match "ö". Production databases with a UTF-8 locale fold every letter.
    /// </remarks>
    public string Fold(string column) =>
        database.Engine == DatabaseEngine.Sqlite ? $"{SqliteFoldFunction}({column})" : $"LOWER({column})";

    /// <summary>
    /// A <c>LIKE</c> pattern (escape character <c>\</c>) that finds <paramref name="search"/> anywhere,
    /// its wildcards taken literally.
    /// </summary>
    public static string Pattern(string search) =>
        "%" + search.ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal) + "%";

    /// <summary>The clause after <c>ORDER BY</c> that takes one page, with parameters <c>@skip</c> and <c>@take</c>.</summary>
    public string Page => database.Engine == DatabaseEngine.SqlServer
        ? "OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY"
        : "LIMIT @take OFFSET @skip";
}
