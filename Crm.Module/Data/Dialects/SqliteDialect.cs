using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

internal sealed class SqliteDialect : ISqlDialect
{
    public DatabaseEngine Engine => DatabaseEngine.Sqlite;

    // Backticks, not double quotes: SQLite reads a double-quoted name that matches no column as a
    // string literal, which would let a misspelt mapping column pass validation silently.
    public string Quote(string identifier) => "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`";

    public string Paging => "LIMIT @take OFFSET @skip";

    public string MonthOf(string dateExpression) => $"strftime('%Y-%m', {dateExpression})";

    public string DateOf(string dateExpression) => $"date({dateExpression})";

    public string DaysBetween(string fromExpression, string toExpression) =>
        $"(julianday(date({toExpression})) - julianday(date({fromExpression})))";

    // SQLite's LIKE ignores case for ASCII letters only; Hangul has no case, umlauts stay case-sensitive.
    public string LikeIgnoreCase(string expression, string parameter) => $"{expression} LIKE {parameter} ESCAPE '\\'";

    public string Money(string expression) => $"CAST({expression} AS REAL)";
}
