using System.Data.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Data;
using Crm.Module.Data.Resilience;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing.Databases;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Crm.Module.Tests.Faults;

/// <summary>
/// Real errors from real databases, sorted by what they mean for trying again: refused or rolled-back
/// work may run again, a session ended under the work may have committed, a database that cannot be
/// reached after retries sent nothing, and everything else is permanent.
/// </summary>
[TestClass]
public sealed class TransientFaultsTests
{
    [TestMethod]
    public async Task SQLite_busy_past_the_timeout_is_not_committed_and_a_constraint_is_permanent()
    {
        await using var database = SqliteTestDatabase.Create();
        var faults = new TransientFaults(database);
        await using var holder = database.CreateConnection();
        await holder.OpenAsync();
        await holder.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        await holder.ExecuteAsync("INSERT INTO t (id) VALUES (1)");
        await holder.ExecuteAsync("BEGIN IMMEDIATE");
        await using var writer = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { DefaultTimeout = 1 }.ConnectionString);
        await writer.OpenAsync();

        var busy = await Assert.ThrowsAsync<SqliteException>(() => writer.ExecuteAsync("INSERT INTO t (id) VALUES (2)"));
        await holder.ExecuteAsync("ROLLBACK");
        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => writer.ExecuteAsync("INSERT INTO t (id) VALUES (1)"));

        Assert.AreEqual(FaultKind.NotCommitted, faults.Classify(busy));
        Assert.AreEqual(FaultKind.Permanent, faults.Classify(duplicate));
        Assert.AreEqual(FaultKind.NotCommitted, faults.Classify(new InvalidOperationException("wrapped", busy)), "a wrapper's inner driver error decides");
    }

    [TestMethod]
    public async Task PostgreSQL_deadlock_is_not_committed_an_ended_session_is_lost_and_bad_SQL_is_permanent()
    {
        await using var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(DatabaseEngine.PostgreSql));
        var faults = new TransientFaults(database);
        await using (var setup = database.CreateConnection())
        {
            await setup.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO t VALUES (1, 0), (2, 0)");
        }

        var deadlock = await DeadlockAsync(database);
        await using var victim = database.CreateConnection();
        await victim.OpenAsync();
        var ended = await Assert.ThrowsAsync<PostgresException>(() => victim.ExecuteAsync("SELECT pg_terminate_backend(pg_backend_pid())"));
        await using var other = database.CreateConnection();
        var bad = await Assert.ThrowsAsync<PostgresException>(() => other.ExecuteAsync("SELECT * FROM no_such_table"));

        Assert.AreEqual(("40P01", FaultKind.NotCommitted), (deadlock.SqlState, faults.Classify(deadlock)));
        Assert.AreEqual(("57P01", FaultKind.ConnectionLost), (ended.SqlState, faults.Classify(ended)));
        Assert.AreEqual(FaultKind.Permanent, faults.Classify(bad));
    }

    [TestMethod]
    public async Task A_PostgreSQL_server_that_refuses_connections_is_unreachable_after_the_retries()
    {
        await using var server = await Prerequisite.OrSkipAsync(PostgresServer.StartAsync());
        var database = new PostgresFacts(server.ConnectionStringFor("postgres"));
        await server.StopAsync();
        try
        {
            var options = new ResilienceOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Crm:Database:RetryAttempts"] = "2",
                ["Crm:Database:RetryDelay"] = "00:00:00.01",
            }).Build());
            var faults = new TransientFaults(database);
            var crm = new CrmDatabase(database, new DatabaseRetries(database, faults, options, NullLogger<DatabaseRetries>.Instance), faults);

            var unreachable = await Assert.ThrowsExactlyAsync<DatabaseUnreachableException>(() => crm.OpenAsync(CancellationToken.None));

            Assert.AreEqual(FaultKind.Unreachable, faults.Classify(unreachable));
            Assert.AreEqual(FaultKind.ConnectionLost, faults.Classify(unreachable.InnerException));
            StringAssert.StartsWith(unreachable.Message, $"The PostgreSql database postgres on 127.0.0.1:{server.Port} cannot be reached, after retries:");
        }
        finally
        {
            await server.StartAgainAsync();
        }
    }

    // Two sessions each lock one row, then want the other's: the server ends one of them with 40P01.
    private static async Task<PostgresException> DeadlockAsync(TestDatabase database)
    {
        await using var first = database.CreateConnection();
        await using var second = database.CreateConnection();
        await first.OpenAsync();
        await second.OpenAsync();
        await using var a = await first.BeginTransactionAsync();
        await using var b = await second.BeginTransactionAsync();
        await first.ExecuteAsync("UPDATE t SET v = 1 WHERE id = 1", transaction: a);
        await second.ExecuteAsync("UPDATE t SET v = 1 WHERE id = 2", transaction: b);
        var crossing = new[]
        {
            first.ExecuteAsync("UPDATE t SET v = 2 WHERE id = 2", transaction: a),
            second.ExecuteAsync("UPDATE t SET v = 2 WHERE id = 1", transaction: b),
        };
        var failures = new List<PostgresException>();
        foreach (var update in crossing)
        {
            try
            {
                await update;
            }
            catch (PostgresException e)
            {
                failures.Add(e);
            }
        }

        return failures.Single();
    }

    /// <summary>The host's database as the add-on sees it, on a server the test stops.</summary>
    private sealed class PostgresFacts(string connectionString) : IErpDatabase
    {
        public DatabaseEngine Engine => DatabaseEngine.PostgreSql;

        public string ConnectionString => connectionString;

        public DbConnection CreateConnection() => new NpgsqlConnection(connectionString);
    }
}
