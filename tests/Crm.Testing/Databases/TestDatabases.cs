using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>Creates a fresh test database on any engine.</summary>
public static class TestDatabases
{
    /// <summary>
    /// A new empty database. Throws <see cref="TestEnvironmentUnavailableException"/> when the engine
    /// is not available here (PostgreSQL not installed, <c>CRM_TEST_SQLSERVER</c> not set); whether
    /// that skips or fails the test is <see cref="TestEnvironmentPolicy"/>'s call, carried in the exception.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine, CancellationToken cancellationToken = default) => engine switch
    {
        DatabaseEngine.Sqlite => SqliteTestDatabase.Create(),
        DatabaseEngine.PostgreSql => await PostgresTestDatabase.CreateAsync(await PostgresServer.Shared.ConfigureAwait(false), cancellationToken).ConfigureAwait(false),
        DatabaseEngine.SqlServer => await SqlServerTestDatabase.CreateAsync(SqlServerConnectionString(), cancellationToken).ConfigureAwait(false),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };

    private static string SqlServerConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(TestEnvironmentPolicy.SqlServerVariable);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw TestEnvironmentPolicy.Unavailable(
                DatabaseEngine.SqlServer,
                $"{TestEnvironmentPolicy.SqlServerVariable} holds no connection string (set it to a server where the tests may create and drop databases).")
            : connectionString;
    }
}
