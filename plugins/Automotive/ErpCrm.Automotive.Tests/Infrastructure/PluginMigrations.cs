using Crm.Abstractions.Erp;
using ErpCrm.Automotive.Register;
using FluentMigrator.Runner;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCrm.Automotive.Tests.Infrastructure;

/// <summary>
/// Runs the plugin's migrations on a test database the way the add-on does at start: FluentMigrator
/// over the plugin's assembly, history in <c>auto_versions</c>.
/// </summary>
internal static class PluginMigrations
{
    public static void MigrateUp(IErpDatabase database)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .AddScoped<IVersionTableMetaData, AutoVersionTable>()
            .ConfigureRunner(runner => Processor(runner, database.Engine)
                .WithGlobalConnectionString(database.ConnectionString)
                .ScanIn(typeof(CreateVehicleRegister).Assembly).For.Migrations())
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private static IMigrationRunnerBuilder Processor(IMigrationRunnerBuilder runner, DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.Sqlite => runner.AddSQLite(),
        DatabaseEngine.PostgreSql => runner.AddPostgres(),
        _ => runner.AddSqlServer(),
    };

    private sealed class AutoVersionTable : IVersionTableMetaData
    {
        public bool OwnsSchema => false;

        public string SchemaName => string.Empty;

        public string TableName => "auto_versions";

        public string ColumnName => "version";

        public string DescriptionColumnName => "description";

        public string UniqueIndexName => "ux_auto_versions";

        public string AppliedOnColumnName => "applied_on";

        public bool CreateWithPrimaryKey => false;
    }
}
