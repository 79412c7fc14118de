using Crm.Testing.Databases;
using Npgsql;

namespace Crm.Module.Tests.Infrastructure;

[TestClass]
public sealed class PostgresServerTests(TestContext testContext)
{
    [TestMethod]
    public async Task SharedServerAnswersSelectVersion()
    {
        var server = await Prerequisite.OrSkipAsync(PostgresServer.Shared);
        testContext.WriteLine($"PostgreSQL from {server.BinDirectory} on port {server.Port}, started in {server.StartupTime.TotalSeconds:0.00} s");

        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync(testContext.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT version()", connection);
        var version = (string?)await command.ExecuteScalarAsync(testContext.CancellationToken);

        Assert.IsNotNull(version);
        Assert.StartsWith("PostgreSQL", version);
    }

    [TestMethod]
    public async Task EveryTestClassGetsTheSameSharedServer()
    {
        var first = await Prerequisite.OrSkipAsync(PostgresServer.Shared);
        var second = await PostgresServer.Shared;

        Assert.AreSame(first, second);
    }

    [TestMethod]
    public async Task AStoppedServerIsGoneWithItsFolder()
    {
        var server = await Prerequisite.OrSkipAsync(PostgresServer.StartAsync(testContext.CancellationToken));
        var connectionString = server.ConnectionStringFor("postgres");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(testContext.CancellationToken);
        }

        await server.DisposeAsync();

        Assert.IsFalse(Directory.Exists(server.RootDirectory), server.RootDirectory);
        NpgsqlConnection.ClearAllPools();
        await using var refused = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAsync<NpgsqlException>(() => refused.OpenAsync(testContext.CancellationToken));
    }
}
