using System.Data.Common;
using Crm.Abstractions.Erp;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Host.Sample.Erp;

/// <summary>
/// The ERP database of the sample host. The drivers live here, in the host, and add-ons get
/// connections through <see cref="IErpDatabase"/>.
/// </summary>
public sealed class SampleErpDatabase(DatabaseEngine engine, string connectionString) : IErpDatabase
{
    private readonly DbProviderFactory _factory = engine switch
    {
        DatabaseEngine.Sqlite => SqliteFactory.Instance,
        DatabaseEngine.PostgreSql => NpgsqlFactory.Instance,
        DatabaseEngine.SqlServer => SqlClientFactory.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };

    public DatabaseEngine Engine { get; } = engine;

    public string ConnectionString { get; } = connectionString;

    public DbConnection CreateConnection()
    {
        var connection = _factory.CreateConnection() ?? throw new InvalidOperationException($"The {Engine} driver cannot create connections.");
        connection.ConnectionString = ConnectionString;
        return connection;
    }

    /// <summary>
    /// Reads <c>Erp:Database</c>. Without a connection string the embedded SQLite file
    /// <c>erp.db</c> in the data folder is used, created on first start.
    /// </summary>
    public static SampleErpDatabase FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Erp:Database");
        var engineText = section["Engine"];
        var engine = DatabaseEngine.Sqlite;
        if (!string.IsNullOrWhiteSpace(engineText) && !Enum.TryParse(engineText, ignoreCase: true, out engine))
        {
            throw new InvalidOperationException($"Setting 'Erp:Database:Engine' is '{engineText}'; use Sqlite, PostgreSql or SqlServer.");
        }

        var connectionString = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (engine != DatabaseEngine.Sqlite)
            {
                throw new InvalidOperationException($"Setting 'Erp:Database:ConnectionString' is required for {engine}.");
            }

            var dataFolder = Path.GetFullPath(section["DataFolder"] ?? "data", contentRoot);
            Directory.CreateDirectory(dataFolder);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataFolder, "erp.db"),
                DefaultTimeout = 30,
            }.ToString();
        }

        return new SampleErpDatabase(engine, connectionString);
    }
}
