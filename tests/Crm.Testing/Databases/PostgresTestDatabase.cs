using System.Data.Common;
using Crm.Abstractions.Erp;
using Npgsql;

namespace Crm.Testing.Databases;

/// <summary>A new database on a <see cref="PostgresServer"/>, owned by the superuser.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly PostgresServer server;
    private readonly List<string> roles = [];

    private PostgresTestDatabase(PostgresServer server, string name)
        : base(name, server.ConnectionStringFor(name))
    {
        this.server = server;
    }

    public override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        var name = UniqueName();
        await ExecuteAsync(server.ConnectionStringFor("postgres"), $"CREATE DATABASE {Quote(name)}", cancellationToken).ConfigureAwait(false);
        return new PostgresTestDatabase(server, name);
    }

    public override DbConnection CreateConnection() => new NpgsqlConnection(ConnectionString);

    /// <summary>
    /// Creates a LOGIN role that may only SELECT <paramref name="readOnlyTables"/> (names exactly as
    /// created, e.g. <c>OCRD</c>) but may create tables of its own in the public schema, and returns
    /// its connection string to this database. Role names are server-wide, so the role is named
    /// <paramref name="role"/> plus this database's unique suffix; the connection string's Username
    /// holds it. The role is dropped with the database.
    /// </summary>
    public async Task<string> CreateRestrictedLoginAsync(string role, IEnumerable<string> readOnlyTables, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentNullException.ThrowIfNull(readOnlyTables);

        var roleName = $"{role}_{Name["crm_test_".Length..]}";
        await ExecuteAsync(server.ConnectionStringFor("postgres"), $"CREATE ROLE {Quote(roleName)} LOGIN", cancellationToken).ConfigureAwait(false);
        roles.Add(roleName);

        // PostgreSQL 15 no longer lets every role create objects in public; the add-on needs that for its crm_ tables.
        var grants = new List<string>
        {
            $"GRANT CONNECT ON DATABASE {Quote(Name)} TO {Quote(roleName)}",
            $"GRANT USAGE, CREATE ON SCHEMA public TO {Quote(roleName)}",
        };
        grants.AddRange(readOnlyTables.Select(table => $"GRANT SELECT ON TABLE {Quote(table)} TO {Quote(roleName)}"));
        await ExecuteAsync(ConnectionString, string.Join(";\n", grants), cancellationToken).ConfigureAwait(false);

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Username = roleName }.ConnectionString;
    }

    private protected override async ValueTask DropAsync()
    {
        // WITH (FORCE) ends sessions still open (pooled connections of this test, or of the add-on).
        var statements = new List<string> { $"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)" };
        statements.AddRange(roles.Select(role => $"DROP ROLE IF EXISTS {Quote(role)}"));
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        foreach (var statement in statements)
        {
            await ExecuteAsync(server.ConnectionStringFor("postgres"), statement, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string Quote(string identifier) => EngineSql.Quote(DatabaseEngine.PostgreSql, identifier);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
