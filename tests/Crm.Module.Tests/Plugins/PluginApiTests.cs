using System.Net;
using System.Text.Json;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;
using Crm.Module.Plugins;
using Crm.Module.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Plugins;

/// <summary><c>GET /api/crm/plugins</c> on a real Kestrel: the host's directory for admins, a 403 problem for others, an empty list when the host registers no directory.</summary>
[TestClass]
public sealed class PluginApiTests : IAsyncDisposable
{
    private static readonly PluginStatus[] Loaded =
    [
        new("Crm.Module", "CRM add-on", "1.4.0", true, null),
        new("Acme.Automotive", "Acme automotive", "2.0.1", false, "It needs Crm.Abstractions 3.0; the host has 1.4."),
    ];

    private readonly TestUser _user = new();
    private WebApplication? _app;
    private HttpClient? _client;

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task An_admin_reads_what_the_host_loaded_and_why_a_plugin_was_left_out()
    {
        await StartAsync(new HostPlugins(Loaded));
        _user.SetRoles(CrmRoles.Admin);

        using var response = await _client!.GetAsync(new Uri("/api/crm/plugins", UriKind.Relative));
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var plugins = list.RootElement.EnumerateArray().ToList();
        Assert.HasCount(2, plugins);
        Assert.AreEqual("Acme.Automotive", plugins[1].GetProperty("id").GetString());
        Assert.AreEqual("Acme automotive", plugins[1].GetProperty("displayName").GetString());
        Assert.AreEqual("2.0.1", plugins[1].GetProperty("version").GetString());
        Assert.IsFalse(plugins[1].GetProperty("loaded").GetBoolean());
        StringAssert.Contains(plugins[1].GetProperty("reason").GetString(), "Crm.Abstractions 3.0");
        Assert.IsTrue(plugins[0].GetProperty("loaded").GetBoolean());
    }

    [TestMethod]
    public async Task A_rep_gets_a_403_problem()
    {
        await StartAsync(new HostPlugins(Loaded));
        _user.SetRoles(CrmRoles.SalesRep, CrmRoles.SalesManager);

        using var response = await _client!.GetAsync(new Uri("/api/crm/plugins", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    public async Task A_host_without_a_directory_answers_an_empty_list()
    {
        await StartAsync(directory: null);
        _user.SetRoles(CrmRoles.Admin);

        using var response = await _client!.GetAsync(new Uri("/api/crm/plugins", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("[]", await response.Content.ReadAsStringAsync());
    }

    private async Task StartAsync(IPluginDirectory? directory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ICurrentUser>(_user);
        builder.Services.AddScoped<PluginList>();
        if (directory is not null)
        {
            builder.Services.AddSingleton(directory);
        }

        _app = builder.Build();
        new PluginEndpoints().MapEndpoints(_app.MapGroup("/api/crm"));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    /// <summary>A host's directory: what it tried to load, as the host reports it.</summary>
    private sealed class HostPlugins(IReadOnlyList<PluginStatus> plugins) : IPluginDirectory
    {
        public IReadOnlyList<PluginStatus> Plugins => plugins;
    }
}
