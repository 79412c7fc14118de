using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Dapper;

namespace Crm.Module.Tests.Infrastructure;

/// <summary>A test database is real, empty, writable, and gone after dispose; one derived class per engine.</summary>
public abstract class TestDatabaseContract
{
    protected abstract DatabaseEngine Engine { get; }

    /// <summary>Whether the database still exists, asked without going through it.</summary>
    private protected abstract Task<bool> ExistsAsync(TestDatabase database);

    [TestMethod]
    public async Task ANewDatabaseIsEmptyAndWritable()
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        await using var connection = await database.OpenConnectionAsync();
        var table = EngineSql.Quote(Engine, "Probe Table");

        await connection.ExecuteAsync($"CREATE TABLE {table} (id int)");
        await connection.ExecuteAsync($"INSERT INTO {table} (id) VALUES (@id)", new { id = 42 });

        Assert.AreEqual(Engine, database.Engine);
        Assert.AreEqual(42, await connection.ExecuteScalarAsync<int>($"SELECT id FROM {table}"));
    }

    [TestMethod]
    public async Task DisposeDeletesTheDatabase()
    {
        var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));
        await using (var connection = await database.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("CREATE TABLE probe (id int)");
        }

        Assert.IsTrue(await ExistsAsync(database));
        await database.DisposeAsync();
        Assert.IsFalse(await ExistsAsync(database));
    }
}

[TestClass]
public sealed class SqliteTestDatabaseTests : TestDatabaseContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    private protected override Task<bool> ExistsAsync(TestDatabase database) =>
        Task.FromResult(File.Exists(((SqliteTestDatabase)database).FilePath));
}

[TestClass]
public sealed class PostgresTestDatabaseTests : TestDatabaseContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    private protected override async Task<bool> ExistsAsync(TestDatabase database)
    {
        var server = await PostgresServer.Shared;
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionStringFor("postgres"));
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM pg_database WHERE datname = @name", new { name = database.Name }) == 1;
    }
}

[TestClass]
public sealed class SqlServerTestDatabaseTests : TestDatabaseContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;

    private protected override async Task<bool> ExistsAsync(TestDatabase database)
    {
        var master = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(database.ConnectionString) { InitialCatalog = "master" };
        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(master.ConnectionString);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sys.databases WHERE name = @name", new { name = database.Name }) == 1;
    }
}
