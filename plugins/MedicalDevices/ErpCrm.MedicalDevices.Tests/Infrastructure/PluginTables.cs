using Crm.Abstractions.Erp;
using ErpCrm.MedicalDevices.Vigilance;
using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCrm.MedicalDevices.Tests.Infrastructure;

/// <summary>
/// Creates the plugin's med_ tables in a test database with FluentMigrator, from the plugin's own
/// migrations (the add-on does the same at start; the end-to-end tests cover that path).
/// </summary>
internal static class PluginTables
{
    public static void Create(IErpDatabase database)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => (database.Engine == DatabaseEngine.PostgreSql ? runner.AddPostgres() : runner.AddSQLite())
                .WithGlobalConnectionString(database.ConnectionString)
                .ScanIn(typeof(CreateVigilanceReports).Assembly).For.Migrations())
            .BuildServiceProvider(validateScopes: false);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }
}
