using Crm.Abstractions.Erp;

namespace Crm.Module.Data.Dialects;

internal static class SqlDialects
{
    public static ISqlDialect For(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => new SqliteDialect(),
        DatabaseEngine.PostgreSql => new PostgresDialect(),
        DatabaseEngine.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };
}
