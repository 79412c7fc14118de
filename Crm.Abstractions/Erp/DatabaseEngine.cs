namespace Crm.Abstractions.Erp;

/// <summary>The database engines the add-on can run on.</summary>
public enum DatabaseEngine
{
    /// <summary>Embedded SQLite file (Microsoft.Data.Sqlite); the zero-setup default.</summary>
    Sqlite,

    /// <summary>Microsoft SQL Server (Microsoft.Data.SqlClient).</summary>
    SqlServer,

    /// <summary>PostgreSQL (Npgsql).</summary>
    PostgreSql,
}
