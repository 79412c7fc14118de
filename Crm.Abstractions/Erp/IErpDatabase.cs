using System.Data.Common;

namespace Crm.Abstractions.Erp;

/// <summary>
/// The ERP's database, supplied by the host. The add-on reads the ERP's tables through it (never
/// writing to them) and keeps its own <c>crm_</c> tables in the same database.
/// </summary>
/// <remarks>
/// The host owns the database drivers: native parts such as SQLite's <c>e_sqlite3</c> cannot be
/// loaded inside a plugin's load context, so the add-on only ever sees <see cref="DbConnection"/>.
/// </remarks>
public interface IErpDatabase
{
    /// <summary>The engine behind <see cref="CreateConnection"/>; decides the SQL dialect.</summary>
    DatabaseEngine Engine { get; }

    /// <summary>
    /// The connection string, for components that open their own connections through the host's
    /// driver (the migration runner and Quartz's job store).
    /// </summary>
    string ConnectionString { get; }

    /// <summary>Creates a new, closed connection to the ERP database.</summary>
    DbConnection CreateConnection();
}
