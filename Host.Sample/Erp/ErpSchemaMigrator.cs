using Crm.Abstractions.Erp;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.VersionTableInfo;
using Host.Sample.Erp.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Host.Sample.Erp;

/// <summary>
/// Creates or updates the ERP tables. Applied migrations are recorded in <c>erp_schema_version</c>,
/// so running it again does nothing.
/// </summary>
public static class ErpSchemaMigrator
{
    public static void Migrate(DatabaseEngine engine, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // A private container keeps FluentMigrator's registrations out of the host's. The namespace
        // filter keeps any other migration that may live in this assembly out of the ERP schema.
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .AddScoped<IVersionTableMetaData, ErpVersionTable>()
            .ConfigureRunner(runner => AddProcessor(runner, engine)
                .WithGlobalConnectionString(connectionString)
                .ScanIn(typeof(ErpVersionTable).Assembly).For.Migrations())
            .Configure<TypeFilterOptions>(options =>
            {
                options.Namespace = typeof(ErpVersionTable).Namespace;
                options.NestedNamespaces = false;
            })
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private static IMigrationRunnerBuilder AddProcessor(IMigrationRunnerBuilder runner, DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => runner.AddSQLite(),
        DatabaseEngine.PostgreSql => runner.AddPostgres(),
        DatabaseEngine.SqlServer => runner.AddSqlServer(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unsupported database engine."),
    };
}
