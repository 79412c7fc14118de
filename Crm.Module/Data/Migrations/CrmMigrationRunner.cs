using Crm.Abstractions.Erp;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// Brings the add-on's own <c>crm_</c> tables up to date with FluentMigrator. Runs at every start;
/// applied migrations are recorded in <c>crm_schema_version</c>, so a second run does nothing.
/// </summary>
internal static class CrmMigrationRunner
{
    /// <summary>Applies every pending migration, or those up to <paramref name="version"/> (tests of upgrades).</summary>
    public static void MigrateUp(IErpDatabase database, long? version = null)
    {
        // FluentMigrator is built on Microsoft.Extensions.DependencyInjection; it gets a private
        // container so its registrations never mix with the host's.
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .AddScoped<IVersionTableMetaData, CrmVersionTable>()
            .ConfigureRunner(runner => AddProcessor(runner, database.Engine)
                .WithGlobalConnectionString(database.ConnectionString)
                .ScanIn(typeof(CrmMigrationRunner).Assembly).For.Migrations())
            .Configure<RunnerOptions>(options => options.Tags = [CrmVersionTable.Tag])
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        if (version is { } target)
        {
            runner.MigrateUp(target);
        }
        else
        {
            runner.MigrateUp();
        }
    }

    private static IMigrationRunnerBuilder AddProcessor(IMigrationRunnerBuilder runner, DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => runner.AddSQLite(),
        DatabaseEngine.PostgreSql => runner.AddPostgres(),
        DatabaseEngine.SqlServer => runner.AddSqlServer(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };
}
