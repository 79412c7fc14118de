using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

internal sealed class SqlServerDialect : ISqlDialect
{
    public DatabaseEngine Engine => DatabaseEngine.SqlServer;

    public string Quote(string identifier) => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";

    public string Paging => "OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY";

    // Style 126 is ISO 8601; its first seven characters are yyyy-MM.
    // TOP goes right after SELECT and works with and without ORDER BY (OFFSET … FETCH needs one).
    public string FirstRows(string select, string countParameter) =>
        select.StartsWith("SELECT ", StringComparison.OrdinalIgnoreCase)
            ? $"SELECT TOP ({countParameter}) {select["SELECT ".Length..]}"
            : throw new ArgumentException("Expected one SELECT.", nameof(select));

    public string MonthOf(string dateExpression) => $"CONVERT(char(7), {dateExpression}, 126)";

    public string DateOf(string dateExpression) => $"CAST({dateExpression} AS date)";

    public string DaysBetween(string fromExpression, string toExpression) =>
        $"CAST(DATEDIFF(day, {fromExpression}, {toExpression}) AS decimal(18, 4))";

    // The default collations of SQL Server compare case-insensitively already.
    public string LikeIgnoreCase(string expression, string parameter) => $"{expression} LIKE {parameter} ESCAPE '\\'";

    public string Money(string expression) => expression;

    public string InsertReturningId(string table, string columns, string values, string idColumn) =>
        $"INSERT INTO {table} ({columns}) OUTPUT INSERTED.{idColumn} VALUES ({values})";

    public string UpdateReturning(string table, string set, string where, string column) =>
        $"UPDATE {table} SET {set} OUTPUT INSERTED.{column} WHERE {where}";

    // UPDLOCK, HOLDLOCK keeps the range locked from the check to the insert, so a concurrent
    // insert of the same key waits and then finds the row instead of violating the key.
    public string InsertIfAbsent(string table, string columns, string values, string presentWhen) =>
        $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {presentWhen})";

    public string InList(string expression, string parameter) => $"{expression} IN {parameter}";

    public string AsText(string expression) => $"CAST({expression} AS nvarchar(200))";

    public (string Acquire, string Release)? SessionLock => ("EXEC sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", "EXEC sp_releaseapplock @Resource = @name, @LockOwner = 'Session'");

    public bool WritesWhileReading => true;

    public string SelectForUpdate(string columns, string table, string where) => $"SELECT {columns} FROM {table} WITH (UPDLOCK, ROWLOCK) WHERE {where}";
}
