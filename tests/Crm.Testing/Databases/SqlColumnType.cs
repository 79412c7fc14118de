using System.Globalization;
using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>A column type of test data, spelt the way each engine's real ERPs spell it.</summary>
public sealed class SqlColumnType
{
    private readonly string sqlite;
    private readonly string postgres;
    private readonly string sqlServer;

    private SqlColumnType(string sqlite, string postgres, string sqlServer)
    {
        this.sqlite = sqlite;
        this.postgres = postgres;
        this.sqlServer = sqlServer;
    }

    public static SqlColumnType WholeNumber { get; } = new("int", "integer", "int");

    /// <summary>Date and time; SQLite keeps the text Microsoft.Data.Sqlite writes for a DateTime ("yyyy-MM-dd HH:mm:ss").</summary>
    public static SqlColumnType Timestamp { get; } = new("datetime", "timestamp", "datetime");

    /// <summary>A date without time of day; on SQLite the same text as <see cref="Timestamp"/>.</summary>
    public static SqlColumnType CalendarDate { get; } = new("date", "date", "date");

    /// <summary>Variable-length Unicode text.</summary>
    public static SqlColumnType Text(int length) => new(Sized("nvarchar", length), Sized("varchar", length), Sized("nvarchar", length));

    /// <summary>Fixed-length text: PostgreSQL and SQL Server pad stored values with spaces, SQLite keeps them as written.</summary>
    public static SqlColumnType FixedText(int length) => new(Sized("char", length), Sized("char", length), Sized("char", length));

    public static SqlColumnType Numeric(int precision, int scale)
    {
        var type = string.Create(CultureInfo.InvariantCulture, $"numeric({precision},{scale})");
        return new(type, type, type);
    }

    public string For(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => sqlite,
        DatabaseEngine.PostgreSql => postgres,
        DatabaseEngine.SqlServer => sqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };

    private static string Sized(string type, int length) => string.Create(CultureInfo.InvariantCulture, $"{type}({length})");
}
