using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Events;
using Crm.Module.Tests.Harness;
using Crm.Testing;
using Crm.Testing.Databases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Events;

/// <summary>
/// One host process as far as events go: the add-on in its own container, with the test handlers,
/// on a shared database, clock and <see cref="DeliveryLog"/>. Several of them on one database are
/// several hosts sharing it. Started like the generic host starts services, optionally without
/// ever starting the dispatcher (a host that crashed before it could deliver).
/// </summary>
internal sealed class OutboxHost : IAsyncDisposable
{
    private readonly IContainer _container;
    private readonly IReadOnlyList<IHostedService> _services;
    private readonly TestDatabase _database;
    private bool _started;

    private OutboxHost(IContainer container, TestDatabase database, LogSink logs)
    {
        _container = container;
        _database = database;
        _services = [.. container.Resolve<IEnumerable<IHostedService>>()];
        Logs = logs;
    }

    public LogSink Logs { get; }

    public IOutboxSignal Signal => _container.Resolve<IOutboxSignal>();

    public Task? DispatcherTask => _services.OfType<OutboxDispatcher>().Single().ExecuteTask;

    /// <param name="settings">Settings on top of the defaults (the HostSample mapping and <paramref name="node"/>).</param>
    /// <param name="register">Handlers beyond <see cref="FirstHandler"/> and <see cref="SecondHandler"/>.</param>
    /// <param name="dispatch">False: migrate, but never start the dispatcher.</param>
    public static async Task<OutboxHost> StartAsync(
        TestDatabase database,
        FixedClock clock,
        DeliveryLog log,
        string node,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<ContainerBuilder>? register = null,
        bool dispatch = true)
    {
        var logs = new LogSink();
        var configuration = new Dictionary<string, string?>
        {
            ["Crm:Erp:Profile"] = "HostSample",
            ["Crm:Events:NodeName"] = node,

            // These tests start every hosted service; Quartz is not what they are about.
            ["Crm:Scheduling:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = new ContainerBuilder();
        builder.Populate(new ServiceCollection().AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        // The test owns the database: disposing one host (a crash) must not drop it under the next.
        builder.RegisterInstance(database).As<IErpDatabase>().ExternallyOwned();
        builder.RegisterInstance(new TestUser()).As<ICurrentUser>();
        builder.RegisterInstance(clock).As<TimeProvider>();
        builder.RegisterInstance(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build()).As<IConfiguration>();
        builder.RegisterModule<CrmModule>();

        builder.RegisterInstance(log);
        builder.RegisterType<FirstHandler>().As<ICrmEventHandler<TestEvent>>();
        builder.RegisterType<SecondHandler>().As<ICrmEventHandler<TestEvent>>();
        register?.Invoke(builder);

        var host = new OutboxHost(builder.Build(), database, logs);
        try
        {
            await host.StartServicesAsync(dispatch);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Enqueues <paramref name="events"/> in one transaction and commits it; closing the connection wakes this host's dispatcher.</summary>
    public Task CommitAsync(params CrmEvent[] events) => WriteAsync(events, commit: true);

    public Task RollBackAsync(params CrmEvent[] events) => WriteAsync(events, commit: false);

    /// <summary>Stops the services as the generic host does: the dispatcher's loop must end.</summary>
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

    private async Task WriteAsync(CrmEvent[] events, bool commit)
    {
        var outbox = _container.Resolve<IOutbox>();
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var crmEvent in events)
        {
            await outbox.EnqueueAsync(connection, transaction, crmEvent, CancellationToken.None);
        }

        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    private async Task StartServicesAsync(bool dispatch)
    {
        foreach (var service in _services.OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(CancellationToken.None);
        }

        if (dispatch)
        {
            _started = true;
            foreach (var service in _services)
            {
                await service.StartAsync(CancellationToken.None);
            }
        }
    }
}
