using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

internal sealed class SqliteDialect : ISqlDialect
{
    public DatabaseEngine Engine => DatabaseEngine.Sqlite;

    // Backticks, not double quotes: SQLite reads a double-quoted name that matches no column as a
    // string literal, which would let a misspelt mapping column pass validation silently.
    public string Quote(string identifier) => "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`";

    public string Paging => "LIMIT @take OFFSET @skip";

    public string FirstRows(string select, string countParameter) => $"{select} LIMIT {countParameter}";

    public string MonthOf(string dateExpression) => $"strftime('%Y-%m', {dateExpression})";

    public string DateOf(string dateExpression) => $"date({dateExpression})";

    public string DaysBetween(string fromExpression, string toExpression) =>
        $"(julianday(date({toExpression})) - julianday(date({fromExpression})))";

    // SQLite's LIKE ignores case for ASCII letters only; Hangul has no case, umlauts stay case-sensitive.
    public string LikeIgnoreCase(string expression, string parameter) => $"{expression} LIKE {parameter} ESCAPE '\\'";

    // ROUND yields REAL on every row (one type for Dapper) and drops the binary noise of REAL sums
    // (0.1 + 0.2), so "fully paid" (open amount 0) stays exactly 0. No currency has more than 4 decimals.
    public string Money(string expression) => $"ROUND({expression}, 4)";

    public string InsertReturningId(string table, string columns, string values, string idColumn) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING {idColumn}";

    public string UpdateReturning(string table, string set, string where, string column) =>
        $"UPDATE {table} SET {set} WHERE {where} RETURNING {column}";

    // The WHERE before ON CONFLICT is required: without it SQLite cannot tell the upsert from a join.
    public string InsertIfAbsent(string table, string columns, string values, string presentWhen) =>
        $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {presentWhen}) ON CONFLICT DO NOTHING";

    public string InList(string expression, string parameter) => $"{expression} IN {parameter}";

    public string AsText(string expression) => $"CAST({expression} AS TEXT)";

    public (string Acquire, string Release)? SessionLock => null;

    public bool WritesWhileReading => false;

    public string SelectForUpdate(string columns, string table, string where) => $"SELECT {columns} FROM {table} WHERE {where}";
}
