using Crm.Abstractions.Erp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Crm.Module.Scheduling;

/// <summary>
/// Describes the add-on's Quartz scheduler: a persistent store in the CRM database, reached
/// through the host's connections, its tables created by Quartz itself, clustered on server
/// databases, jobs from the Autofac container, failures retried with backoff.
/// </summary>
/// <remarks>
/// Quartz keeps its own small service container (QuartzSchedulerBuilder); the add-on's Autofac
/// container only lends it logging, the job factory and the job types. The host's
/// <see cref="TimeProvider"/> is deliberately not handed over: triggers fire in real time.
/// </remarks>
internal static class QuartzSetup
{
    public static StandaloneSchedulerFactory Build(SchedulingOptions options, IErpDatabase database, IJobFactory jobFactory, CrmJobTypes jobTypes, ILoggerFactory loggerFactory) =>
        QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.Services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new HostLoggerProvider(loggerFactory)));
            quartz.Services.AddSingleton(jobTypes);
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.InstanceName;
                if (string.Equals(options.InstanceId, SchedulingOptions.AutoInstanceId, StringComparison.OrdinalIgnoreCase))
                {
                    scheduler.GenerateInstanceId = true;
                }
                else
                {
                    scheduler.InstanceId = options.InstanceId;
                }
            });
            quartz.UseDefaultThreadPool(options.ThreadCount);
            quartz.UseJobFactory(jobFactory);
            quartz.UseTypeLoader<CrmJobTypeLoader>();
            quartz.UseDefaultRetryPolicy(RetryPolicyOf(options));
            quartz.UsePersistentStore(store => ConfigureStore(store, options, database));
        }).Build();

    private static void ConfigureStore(IPersistentStoreBuilder store, SchedulingOptions options, IErpDatabase database)
    {
        var connections = new ErpConnectionFactory(database);
        _ = database.Engine switch
        {
            DatabaseEngine.Sqlite => store.UseSqlite(connections, database.ConnectionString),
            DatabaseEngine.PostgreSql => store.UsePostgres(connections, database.ConnectionString),
            DatabaseEngine.SqlServer => store.UseSqlServer(connections, database.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Engine, "Unsupported database engine."),
        };
        store.UseSystemTextJsonSerializer();

        // Quartz creates its own tables (and only creates, never alters): no hand-written DDL to
        // keep in step with the Quartz version, and a second start finds them and goes on.
        store.ProvisionSchema();
        store.ConfigureStore(s =>
        {
            s.TablePrefix = options.TablePrefix;
            s.MisfireThreshold = options.MisfireThreshold;
        });

        if (SchedulingOptions.ClusteredOn(database.Engine))
        {
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = options.CheckinInterval;
                cluster.CheckinMisfireThreshold = options.MisfireThreshold;
            });
        }
    }

    private static RetryPolicy RetryPolicyOf(SchedulingOptions options) =>
        options.RetryAttempts == 0
            ? RetryPolicy.None
            : RetryPolicy.Exponential(options.RetryAttempts, options.FirstRetryDelay, 2, options.MaxRetryDelay);
}
