using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Abstractions.Api;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Plugins;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Infrastructure;
using Crm.Module.Tests.Sales.Leads;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Crm.Testing.Databases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.CustomFields;

/// <summary>
/// The whole add-on behind a real Kestrel, as Host.Sample mounts it (every API contributor under
/// <c>/api/crm</c>), on a seeded test database, with <see cref="FleetFields"/> registered as plugin
/// <see cref="FleetFields.PluginId"/> would register it.
/// </summary>
internal sealed class CustomFieldApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CustomFieldApiHost(WebApplication app, TestDatabase database, TestUser user)
    {
        _app = app;
        Database = database;
        User = user;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public TestDatabase Database { get; }

    public TestUser User { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<CustomFieldApiHost> StartAsync(DatabaseEngine engine, DateTimeOffset now)
    {
        var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        try
        {
            await new HostSampleShape().SeedAsync(database, DateOnly.FromDateTime(now.UtcDateTime));
            var user = new TestUser();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(LeadTestSettings.Create());
            builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory(container =>
            {
                container.RegisterInstance(database).As<IErpDatabase>().ExternallyOwned();
                container.RegisterInstance(user).As<ICurrentUser>();
                container.RegisterInstance(new FixedClock(now)).As<TimeProvider>();
                container.Properties[CrmContainerProperties.Configuration] = builder.Configuration;
                container.RegisterModule<CrmModule>();
                container.RegisterType<FleetFields>().As<ICustomFieldSource>().WithMetadata(PluginMetadata.PluginId, FleetFields.PluginId).SingleInstance();
            }));
            var app = builder.Build();
            var api = app.MapGroup("/api/crm");
            foreach (var contributor in app.Services.GetServices<ICrmApiContributor>())
            {
                contributor.MapEndpoints(api);
            }

            await app.StartAsync();
            return new CustomFieldApiHost(app, database, user);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public void SignIn(string userName, params string[] roles)
    {
        User.IsAuthenticated = true;
        User.UserName = userName;
        User.SetRoles(roles);
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
