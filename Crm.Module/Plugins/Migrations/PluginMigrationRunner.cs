using System.Reflection;
using Crm.Abstractions.Erp;
using FluentMigrator;
using FluentMigrator.Infrastructure;
using FluentMigrator.Runner;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Module.Plugins.Migrations;

/// <summary>
/// Brings one plugin's tables up to date: checks every migration of its main assembly against its
/// table prefix first (<see cref="PluginMigrationCheck"/>), and only when all pass applies the
/// pending ones, recorded in <c>&lt;prefix&gt;versions</c>. FluentMigrator runs each migration in a
/// transaction of its own, so a failing one leaves nothing of itself behind (engines with
/// transactional DDL: SQLite, PostgreSQL, SQL Server); those before it stay applied and recorded.
/// </summary>
internal static class PluginMigrationRunner
{
    /// <returns>Why the migrations were refused; null when they were applied.</returns>
    /// <exception cref="Exception">What FluentMigrator or the database throws for a failing migration.</exception>
    public static string? MigrateUp(IErpDatabase database, Assembly assembly, string prefix)
    {
        // A private container per plugin, as for the add-on's own migrations: FluentMigrator's
        // registrations never mix with the host's, and each plugin gets its own version table.
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .AddScoped<IVersionTableMetaData>(_ => new PluginVersionTable(prefix))
            .ConfigureRunner(runner => AddProcessor(runner, database.Engine)
                .WithGlobalConnectionString(database.ConnectionString)
                .ScanIn(assembly).For.Migrations())
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        var refusal = Refusal(scope.ServiceProvider, database.ConnectionString, prefix);
        if (refusal is not null)
        {
            return refusal;
        }

        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
        return null;
    }

    // Every migration, applied or not, is checked: the plugin as shipped keeps to its tables or is refused whole.
    private static string? Refusal(IServiceProvider services, string connectionString, string prefix)
    {
        var processor = services.GetRequiredService<IMigrationProcessor>();
        foreach (var (version, info) in services.GetRequiredService<IMigrationInformationLoader>().LoadMigrations())
        {
            var context = new MigrationContext(processor, services, connectionString);
            info.Migration.GetUpExpressions(context);
            if (PluginMigrationCheck.Problem(context.Expressions, prefix) is { } problem)
            {
                return $"Its migration {version} ({info.Migration.GetType().Name}) was refused: {problem}";
            }
        }

        return null;
    }

    private static IMigrationRunnerBuilder AddProcessor(IMigrationRunnerBuilder runner, DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => runner.AddSQLite(),
        DatabaseEngine.PostgreSql => runner.AddPostgres(),
        DatabaseEngine.SqlServer => runner.AddSqlServer(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };
}
