using System.Data.Common;
using Crm.Abstractions.Erp;
using Microsoft.Data.SqlClient;

namespace Crm.Testing.Databases;

/// <summary>A new database on the SQL Server that <c>CRM_TEST_SQLSERVER</c> points to.</summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly string masterConnectionString;

    private SqlServerTestDatabase(string name, string connectionString, string masterConnectionString)
        : base(name, connectionString)
    {
        this.masterConnectionString = masterConnectionString;
    }

    public override DatabaseEngine Engine => DatabaseEngine.SqlServer;

    /// <summary>Creates a uniquely named database on the server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<SqlServerTestDatabase> CreateAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var name = UniqueName();
        var master = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = "master" }.ConnectionString;
        await ExecuteAsync(master, $"CREATE DATABASE {Quote(name)}", cancellationToken).ConfigureAwait(false);
        var own = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = name }.ConnectionString;
        return new SqlServerTestDatabase(name, own, master);
    }

    public override DbConnection CreateConnection() => new SqlConnection(ConnectionString);

    private protected override async ValueTask DropAsync()
    {
        using (var connection = new SqlConnection(ConnectionString))
        {
            SqlConnection.ClearPool(connection);
        }

        // SINGLE_USER with ROLLBACK IMMEDIATE ends sessions still open, which DROP DATABASE would wait for.
        await ExecuteAsync(
            masterConnectionString,
            $"ALTER DATABASE {Quote(Name)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {Quote(Name)};",
            CancellationToken.None).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => EngineSql.Quote(DatabaseEngine.SqlServer, identifier);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new SqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
