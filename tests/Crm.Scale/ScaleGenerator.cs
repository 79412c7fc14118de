using System.Data.Common;
using System.Diagnostics;
using Crm.Abstractions.Erp;
using Crm.Module.Data.Migrations;
using Crm.Scale.Crm;
using Crm.Scale.Erp;
using Crm.Scale.Loading;
using Crm.Scale.Progress;
using Dapper;
using Host.Sample.Erp;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.Scale;

/// <summary>
/// Fills an empty database with ERP and CRM data at a scale: creates the ERP tables (Host.Sample's
/// migrations) and the CRM tables (the add-on's migrations), refuses a database whose
/// <c>erp_customers</c> has rows, then streams every table in through the engine's fastest path.
/// </summary>
public static class ScaleGenerator
{
    public static async Task<ScaleReport> GenerateAsync(DatabaseEngine engine, string connectionString, ScaleSettings settings, IGenerationProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        if (engine is not (DatabaseEngine.Sqlite or DatabaseEngine.PostgreSql))
        {
            throw new ArgumentOutOfRangeException(nameof(engine), engine, "The generator writes SQLite and PostgreSQL.");
        }

        var total = Stopwatch.StartNew();
        var database = new TargetDatabase(engine, connectionString);
        ErpSchemaMigrator.Migrate(engine, connectionString);
        await DemandEmptyAsync(database, cancellationToken).ConfigureAwait(false);
        CrmMigrationRunner.MigrateUp(database);
        var schema = total.Elapsed;

        var customers = ScaleCustomers.Create(settings);
        var orders = new ScaleOrders(settings, customers);
        var invoices = new ScaleInvoices(settings, customers, orders);
        var facts = new Lazy<ErpFacts>(() => ErpFacts.Collect(orders, invoices));
        var loads = ErpTables.Loads(settings, customers, orders, invoices).Concat(CrmTables.Loads(settings, customers, facts)).ToList();

        var results = new List<TableResult>(loads.Count);
        var loader = CreateLoader(engine, connectionString);
        TimeSpan finish;
        await using (loader.ConfigureAwait(false))
        {
            await loader.StartAsync(cancellationToken).ConfigureAwait(false);
            progress.Starting([.. loads.Select(load => load.Shape.Name)]);
            foreach (var load in loads)
            {
                using var table = progress.StartTable(load.Shape.Name, load.ExpectedRows);
                var watch = Stopwatch.StartNew();
                var rows = await loader.LoadAsync(load, table.Written, cancellationToken).ConfigureAwait(false);
                results.Add(new TableResult(load.Shape.Name, rows, watch.Elapsed));
            }

            var finishWatch = Stopwatch.StartNew();
            await loader.FinishAsync([.. loads.Select(load => load.Shape)], cancellationToken).ConfigureAwait(false);
            finish = finishWatch.Elapsed;
        }

        return new ScaleReport(results, schema, finish, total.Elapsed);
    }

    private static IBulkLoader CreateLoader(DatabaseEngine engine, string connectionString) => engine switch
    {
        DatabaseEngine.Sqlite => new SqliteBulkLoader(connectionString),
        DatabaseEngine.PostgreSql => new PostgresBulkLoader(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "The generator writes SQLite and PostgreSQL."),
    };

    private static async Task DemandEmptyAsync(TargetDatabase database, CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var customers = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM erp_customers", cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (customers > 0)
            {
                throw new DatabaseNotEmptyException(
                    $"erp_customers already holds {customers} rows. The generator only fills an empty database, so that generated data never mixes with real data; give it a new database.");
            }
        }
    }

    /// <summary>The target database as the add-on's migration runner takes it.</summary>
    private sealed class TargetDatabase(DatabaseEngine engine, string connectionString) : IErpDatabase
    {
        public DatabaseEngine Engine => engine;

        public string ConnectionString => connectionString;

        public DbConnection CreateConnection() => engine == DatabaseEngine.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
    }
}
