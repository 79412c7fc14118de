using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

/// <summary>
/// What really differs between the supported databases. Everything else is plain SQL written in
/// the capability folders; a dialect is the only place allowed to ask "which engine is this".
/// </summary>
internal interface ISqlDialect
{
    DatabaseEngine Engine { get; }

    /// <summary>Quotes one identifier so that any character (space, bracket, $, quote) is safe.</summary>
    string Quote(string identifier);

    /// <summary>The paging clause after an ORDER BY, reading <c>@skip</c> and <c>@take</c>.</summary>
    string Paging { get; }

    /// <summary>
    /// <paramref name="select"/> (one SELECT, with or without ORDER BY) cut to its first rows, as many
    /// as the parameter <paramref name="countParameter"/> says; without ORDER BY, in whatever order
    /// the database reads them, so it can stop reading there.
    /// </summary>
    string FirstRows(string select, string countParameter);

    /// <summary>The calendar month of a date expression as <c>yyyy-MM</c> text.</summary>
    string MonthOf(string dateExpression);

    /// <summary>The date part of a date or timestamp expression, for day-exact comparisons.</summary>
    string DateOf(string dateExpression);

    /// <summary>Whole days from <paramref name="fromExpression"/> to <paramref name="toExpression"/>, as a decimal.</summary>
    string DaysBetween(string fromExpression, string toExpression);

    /// <summary>A case-insensitive LIKE of <paramref name="expression"/> against a parameter whose wildcards are escaped with a backslash.</summary>
    string LikeIgnoreCase(string expression, string parameter);

    /// <summary>
    /// A money expression with one CLR type on every row and no binary rounding noise. SQLite stores
    /// a NUMERIC value as INTEGER or REAL row by row, and Dapper compiles its reader for the first row's type.
    /// </summary>
    string Money(string expression);

    /// <summary>
    /// <paramref name="expression"/> is one of the values of a list parameter. Dapper expands a list
    /// into <c>IN (@p1, @p2, …)</c>, except for Npgsql, where it sends one array parameter.
    /// </summary>
    string InList(string expression, string parameter);

    /// <summary>An expression as text (for keys that are numbers in one table and text in another).</summary>
    string AsText(string expression);

    /// <summary>
    /// Statements that take and release an exclusive, session-level lock named by <c>@name</c>, so
    /// that hosts starting together migrate one after the other; null where no other process can
    /// share the database (embedded SQLite).
    /// </summary>
    (string Acquire, string Release)? SessionLock { get; }

    /// <summary>
    /// Whether one connection may commit writes while another still reads a result. Not on SQLite
    /// outside WAL mode (which is the host's choice, not the add-on's): an open reader's shared lock
    /// holds off the writer's commit until the busy timeout.
    /// </summary>
    bool WritesWhileReading { get; }

    /// <summary>An INSERT of one row that returns the generated identity <paramref name="idColumn"/>.</summary>
    string InsertReturningId(string table, string columns, string values, string idColumn);

    /// <summary>An UPDATE of the rows matching <paramref name="where"/> that returns <paramref name="column"/> as it is after the update.</summary>
    string UpdateReturning(string table, string set, string where, string column);

    /// <summary>
    /// An INSERT of one row (<paramref name="values"/> as a SELECT list) that writes nothing, and
    /// raises no error, when a row matching <paramref name="presentWhen"/> exists or is being
    /// inserted by a concurrent transaction; so a lost race costs a row count of 0, not the caller's
    /// whole transaction (PostgreSQL aborts a transaction on a key violation).
    /// </summary>
    string InsertIfAbsent(string table, string columns, string values, string presentWhen);

    /// <summary>
    /// A SELECT of <paramref name="columns"/> from the rows of <paramref name="table"/> matching
    /// <paramref name="where"/> that locks them against other writers until the transaction ends.
    /// Plain on SQLite, where a transaction that has written already holds the database's write lock.
    /// </summary>
    string SelectForUpdate(string columns, string table, string where);

    /// <summary>A schema-qualified or plain name (parts separated by dots), each part quoted.</summary>
    string QuoteQualified(string name) => string.Join(".", name.Split('.').Select(Quote));
}
