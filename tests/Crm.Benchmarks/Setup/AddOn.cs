using System.Data.Common;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module;
using Crm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The add-on built from its Autofac module the way tests/Crm.Module.Tests builds it (what a host
/// supplies: the database, a user, a clock standing at noon of the generated day, and Host.Sample's
/// own configuration, so the ERP mapping, teams and routing are the ones the generated data follows),
/// and a raw connection to the same database for the baselines.
/// </summary>
internal sealed class AddOn : IAsyncDisposable
{
    /// <summary>Host.Sample's appsettings.json, copied beside the program by the project file.</summary>
    private const string HostSettingsFile = "host-appsettings.json";

    private AddOn(IContainer container, IErpDatabase database, DateOnly today)
    {
        Container = container;
        Database = database;
        Today = today;
    }

    public IContainer Container { get; }

    public IErpDatabase Database { get; }

    public DateOnly Today { get; }

    /// <param name="target">The database.</param>
    /// <param name="settings">Settings over Host.Sample's (a benchmark that needs, say, every follow-up rule switched on).</param>
    public static async Task<AddOn> StartAsync(BenchmarkTarget target, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var database = new GeneratedDatabase(target.Engine, target.ConnectionString);
        var clock = new FixedClock(new DateTimeOffset(target.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging();
        var builder = new ContainerBuilder();
        builder.Populate(services);
        builder.RegisterInstance(database).As<IErpDatabase>().ExternallyOwned();
        builder.RegisterInstance(new BenchmarkUser()).As<ICurrentUser>();
        builder.RegisterInstance(clock).As<TimeProvider>();
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, HostSettingsFile))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        builder.RegisterInstance(configuration).As<IConfiguration>();
        builder.Properties[CrmContainerProperties.Configuration] = configuration;
        builder.RegisterModule<CrmModule>();
        var container = builder.Build();
        try
        {
            // As the generic host starts it (migrations find the schema current); the background
            // jobs are not started, so nothing else uses the database while a benchmark runs.
            foreach (var service in container.Resolve<IEnumerable<IHostedService>>().OfType<IHostedLifecycleService>())
            {
                await service.StartingAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return new AddOn(container, database, target.Today);
        }
        catch
        {
            await container.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<DbConnection> OpenRawAsync()
    {
        var connection = Database.CreateConnection();
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    public ValueTask DisposeAsync() => Container.DisposeAsync();
}
