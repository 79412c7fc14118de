using System.Globalization;
using System.Net;
using System.Text.Json;
using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Plugins;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Screens.Labels;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// The screens' services as the add-on's container registers them on a real database: its own labels,
/// the plugin list of a host that registers no directory, and the pipeline stage list the stage inputs read.
/// </summary>
[TestClass]
public sealed class ScreenServicesInTheAddOnTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    [TestInitialize]
    public async Task StartAsync() =>
        _run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            new Dictionary<string, string?> { ["Crm:Erp:Profile"] = "HostSample" },
            new FixedClock(Now));

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public void The_add_on_answers_its_own_labels()
    {
        var labels = _run!.AddOn.Container.Resolve<ScreenLabels>().For(CultureInfo.GetCultureInfo("en-US"));

        Assert.AreEqual("Loaded plugins", labels.Labels["screens.plugins.title"]);
        Assert.AreEqual("Inquiry", labels.Labels["screens.inquiryCard.title"]);
    }

    [TestMethod]
    public void Without_a_hosts_plugin_directory_the_admins_list_is_empty()
    {
        _run!.AddOn.User.SetRoles(CrmRoles.Admin);
        using var scope = _run.AddOn.Container.BeginLifetimeScope();

        Assert.IsEmpty(scope.Resolve<PluginList>().Get());
    }

    [TestMethod]
    public async Task A_pipelines_stages_are_listed_for_the_stage_inputs_and_an_unknown_pipeline_is_a_404()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_run!.AddOn.Container.Resolve<IPipelineService>());
        await using var app = builder.Build();
        new PipelineEndpoints().MapEndpoints(app.MapGroup("/api/crm"));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var stages = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/crm/pipelines/default/stages", UriKind.Relative)));
        using var unknown = await client.GetAsync(new Uri("/api/crm/pipelines/nothing/stages", UriKind.Relative));

        CollectionAssert.AreEqual(
            new[] { "qualification", "needs-analysis", "proposal", "negotiation" },
            stages.RootElement.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToArray());
        Assert.AreEqual("Proposal", stages.RootElement[2].GetProperty("name").GetString());
        Assert.AreEqual(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
