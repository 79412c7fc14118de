using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.Erp;
using Crm.Module.Scheduling;
using Crm.Module.Tests.Events;
using Crm.Testing.Databases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Scheduling;

/// <summary>
/// One host process as far as scheduling goes: the scheduling module in its own container, with
/// the test jobs, on a shared database and <see cref="JobSink"/>. Several on one database are
/// several hosts sharing it. Registers <c>SchedulingModule</c> itself until CrmModule does.
/// </summary>
internal sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IContainer _container;
    private readonly IReadOnlyList<IHostedService> _services;
    private bool _started;

    private SchedulerHost(IContainer container, LogSink logs)
    {
        _container = container;
        _services = [.. container.Resolve<IEnumerable<IHostedService>>()];
        Logs = logs;
    }

    public LogSink Logs { get; }

    public ICrmScheduler Scheduler => _container.Resolve<ICrmScheduler>();

    public CrmQuartz Quartz => _container.Resolve<CrmQuartz>();

    public static readonly IReadOnlyDictionary<string, string?> FastSettings = new Dictionary<string, string?>
    {
        ["Crm:Scheduling:CheckinInterval"] = "00:00:01",
        ["Crm:Scheduling:MisfireThreshold"] = "00:00:01",
        ["Crm:Scheduling:RetryAttempts"] = "2",
        ["Crm:Scheduling:FirstRetryDelay"] = "00:00:00.2",
        ["Crm:Scheduling:MaxRetryDelay"] = "00:00:01",
    };

    public static async Task<SchedulerHost> StartAsync(TestDatabase database, JobSink sink, string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var logs = new LogSink();
        var configuration = new Dictionary<string, string?>(FastSettings) { ["Crm:Scheduling:InstanceId"] = name };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = new ContainerBuilder();
        builder.Populate(new ServiceCollection().AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        // The test owns the database: disposing one host (a crash) must not drop it under the next.
        builder.RegisterInstance(database).As<IErpDatabase>().ExternallyOwned();
        builder.RegisterInstance(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build()).As<IConfiguration>();
        builder.RegisterModule<SchedulingModule>();
        builder.RegisterInstance(sink);
        builder.RegisterInstance(new HostName(name));
        builder.RegisterType<RecordingJob>().AsSelf();
        builder.RegisterType<FlakyJob>().AsSelf();

        var host = new SchedulerHost(builder.Build(), logs);
        try
        {
            foreach (var service in host._services)
            {
                await service.StartAsync(CancellationToken.None);
            }

            host._started = true;
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the services as the generic host does: the scheduler shuts down after its running jobs.</summary>
    public async Task StopAsync()
    {
        if (!_started)
        {
            return;
        }

        _started = false;
        foreach (var service in _services.Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _container.DisposeAsync();
    }
}
