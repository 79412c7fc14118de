using System.Data.Common;
using Crm.Abstractions.Erp;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Benchmarks.Setup;

/// <summary>The generated database as the host hands it to the add-on.</summary>
internal sealed class GeneratedDatabase(DatabaseEngine engine, string connectionString) : IErpDatabase
{
    public DatabaseEngine Engine => engine;

    public string ConnectionString => connectionString;

    public DbConnection CreateConnection() => engine == DatabaseEngine.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
}
