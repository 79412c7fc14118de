using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

internal sealed class PostgresDialect : ISqlDialect
{
    public DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public string Paging => "LIMIT @take OFFSET @skip";

    public string FirstRows(string select, string countParameter) => $"{select} LIMIT {countParameter}";

    public string MonthOf(string dateExpression) => $"to_char({dateExpression}, 'YYYY-MM')";

    public string DateOf(string dateExpression) => $"CAST({dateExpression} AS date)";

    public string DaysBetween(string fromExpression, string toExpression) =>
        $"CAST(CAST({toExpression} AS date) - CAST({fromExpression} AS date) AS numeric)";

    public string LikeIgnoreCase(string expression, string parameter) => $"CAST({expression} AS text) ILIKE {parameter} ESCAPE '\\'";

    public string Money(string expression) => expression;

    public string InsertReturningId(string table, string columns, string values, string idColumn) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING {idColumn}";

    public string UpdateReturning(string table, string set, string where, string column) =>
        $"UPDATE {table} SET {set} WHERE {where} RETURNING {column}";

    // ON CONFLICT waits for a concurrent insert of the same key and then skips instead of failing.
    public string InsertIfAbsent(string table, string columns, string values, string presentWhen) =>
        $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {presentWhen}) ON CONFLICT DO NOTHING";

    public string InList(string expression, string parameter) => $"{expression} = ANY({parameter})";

    public string AsText(string expression) => $"CAST({expression} AS text)";

    public (string Acquire, string Release)? SessionLock => ("SELECT pg_advisory_lock(hashtext(@name))", "SELECT pg_advisory_unlock(hashtext(@name))");

    public bool WritesWhileReading => true;

    public string SelectForUpdate(string columns, string table, string where) => $"SELECT {columns} FROM {table} WHERE {where} FOR UPDATE";
}
