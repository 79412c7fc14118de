using Crm.Abstractions.Erp;

namespace Crm.Testing.Databases;

/// <summary>
/// The one place that decides what a missing database means: a skipped test on a developer's
/// machine, a failure where the run demands the engine (CI sets <see cref="RequirePostgresVariable"/>
/// so that a broken PostgreSQL install cannot turn the whole PostgreSQL suite silently green).
/// </summary>
public static class TestEnvironmentPolicy
{
    public const string RequirePostgresVariable = "CRM_REQUIRE_POSTGRES";

    public const string SqlServerVariable = "CRM_TEST_SQLSERVER";

    /// <summary>Whether this run must have <paramref name="engine"/>; SQLite is always there.</summary>
    public static bool IsRequired(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.PostgreSql => Environment.GetEnvironmentVariable(RequirePostgresVariable) == "1",
        _ => false,
    };

    /// <summary>The exception to throw when <paramref name="engine"/> cannot be had, for <paramref name="reason"/>.</summary>
    public static TestEnvironmentUnavailableException Unavailable(DatabaseEngine engine, string reason)
    {
        var required = IsRequired(engine);
        var name = DisplayName(engine);
        var consequence = required
            ? $"{RequirePostgresVariable}=1 demands {name}, so this is a failure"
            : engine == DatabaseEngine.PostgreSql
                ? $"{name} tests are skipped (set {RequirePostgresVariable}=1 to make this a failure)"
                : $"{name} tests are skipped";
        return new TestEnvironmentUnavailableException($"{name} is not available: {reason} {consequence}", required);
    }

    private static string DisplayName(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.PostgreSql => "PostgreSQL",
        DatabaseEngine.SqlServer => "SQL Server",
        _ => "SQLite",
    };
}
