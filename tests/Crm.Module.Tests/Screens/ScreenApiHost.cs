using Crm.Abstractions.Security;
using Crm.Module.Screens;
using Crm.Module.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Screens;

/// <summary>The add-on's <c>/api/crm/screens</c> endpoints on a real Kestrel, over the built-in screens, for a test user.</summary>
internal sealed class ScreenApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScreenApiHost(WebApplication app)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    /// <summary>Starts the endpoints; <paramref name="services"/> adds registrations, <paramref name="pipeline"/> middleware before them.</summary>
    public static async Task<ScreenApiHost> StartAsync(TestUser user, Action<IServiceCollection>? services = null, Action<WebApplication>? pipeline = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(BuiltInScreenSet.Catalog());
        builder.Services.AddSingleton<ICurrentUser>(user);
        builder.Services.AddScoped<ScreenAccess>();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        pipeline?.Invoke(app);
        new ScreenEndpoints().MapEndpoints(app.MapGroup("/api/crm"));
        await app.StartAsync();
        return new ScreenApiHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
