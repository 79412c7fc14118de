using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Tests.Harness;

/// <summary>
/// The add-on as a host would run it: its Autofac module in a container with what a host supplies
/// (the ERP database, a user, a clock, configuration), started the way the generic host starts it.
/// </summary>
internal sealed class AddOnUnderTest : IAsyncDisposable
{
    private AddOnUnderTest(IContainer container, TestUser user, FixedClock clock)
    {
        Container = container;
        User = user;
        Clock = clock;
    }

    public IContainer Container { get; }

    public TestUser User { get; }

    public FixedClock Clock { get; }

    public IErpAccounts Accounts => Container.Resolve<IErpAccounts>();

    public static IContainer Build(IErpDatabase database, IReadOnlyDictionary<string, string?> settings, TestUser user, FixedClock clock, Action<ContainerBuilder>? plugins = null)
    {
        var services = new ServiceCollection().AddLogging();
        var builder = new ContainerBuilder();
        builder.Populate(services);
        // The test owns the database: stopping a second host on it must not drop it under the first.
        builder.RegisterInstance(database).As<IErpDatabase>().ExternallyOwned();
        builder.RegisterInstance(user).As<ICurrentUser>();
        builder.RegisterInstance(clock).As<TimeProvider>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.RegisterInstance(configuration).As<IConfiguration>();
        builder.Properties[CrmContainerProperties.Configuration] = configuration;
        builder.RegisterModule<CrmModule>();
        plugins?.Invoke(builder);
        return builder.Build();
    }

    /// <param name="plugins">Registrations a plugin would make, e.g. an inquiry category source.</param>
    public static async Task<AddOnUnderTest> StartAsync(IErpDatabase database, IReadOnlyDictionary<string, string?> settings, FixedClock clock, Action<ContainerBuilder>? plugins = null)
    {
        var user = new TestUser();
        var container = Build(database, settings, user, clock, plugins);
        try
        {
            await StartHostedServicesAsync(container);
            return new AddOnUnderTest(container, user, clock);
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
    }

    public static async Task StartHostedServicesAsync(IContainer container)
    {
        foreach (var service in container.Resolve<IEnumerable<IHostedService>>().OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => Container.DisposeAsync();
}
