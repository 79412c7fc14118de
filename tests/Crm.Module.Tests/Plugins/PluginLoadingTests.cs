using Autofac;
using Autofac.Features.Metadata;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Security;
using Crm.Module.FollowUps;
using Crm.Module.Inquiries;
using Crm.Module.Plugins;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// The add-on loads the vertical plugins of its plugin folder at start: a plugin that fits runs
/// (its rule, category and handler are the add-on's like any other); every one that does not is
/// left out with the reason, and the others and the add-on keep running.
/// </summary>
[TestClass]
public sealed class PluginLoadingTests
{
    private const string Good = "Crm.TestPlugin.Good";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static PluginFolder? s_folder;
    private static AddOnOnDatabase? s_run;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        s_folder = PluginFolder.Create()
            .Add(Good)
            .Add(Good, "Crm.TestPlugin.Incompatible", PluginFolder.Manifest("Crm.TestPlugin.Incompatible", abstractions: "[9.0.0, )"))
            .Add(Good, "Crm.TestPlugin.MissingDependency", PluginFolder.Manifest("Crm.TestPlugin.MissingDependency", dependencies: """{ "Crm.TestPlugin.Absent": "[1.0.0, )" }"""))
            .Add(Good, "Crm.TestPlugin.OldDependency", PluginFolder.Manifest("Crm.TestPlugin.OldDependency", dependencies: """{ "Crm.TestPlugin.Good": "[2.0.0, )" }"""))
            .Add("Crm.TestPlugin.ThrowingModule")
            .Add(Good, "Crm.TestPlugin.NeedsThrowingModule", PluginFolder.Manifest("Crm.TestPlugin.NeedsThrowingModule", dependencies: """{ "Crm.TestPlugin.ThrowingModule": "[1.0.0, )" }"""))
            .Add(Good, "Crm.TestPlugin.CycleA", PluginFolder.Manifest("Crm.TestPlugin.CycleA", dependencies: """{ "Crm.TestPlugin.CycleB": "1.0.0" }"""))
            .Add(Good, "Crm.TestPlugin.CycleB", PluginFolder.Manifest("Crm.TestPlugin.CycleB", dependencies: """{ "Crm.TestPlugin.CycleA": "1.0.0" }"""))
            .Add(Good, "Crm.TestPlugin.Unreadable", "{ \"id\": \"Crm.TestPlugin.Unreadable\", ")
            .Add(Good, "Crm.TestPlugin.Renamed", PluginFolder.Manifest(Good));
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Plugins:Folder"] = s_folder.Path;
        settings["Crm:FollowUps:Rules:test-plugin.monthly-call:Parameters:accounts"] = "C10001, C10002";
        s_run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            settings,
            new FixedClock(Now),
            builder => builder.RegisterInstance(new HostDirectory()).As<IPluginDirectory>());
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (s_run is not null)
        {
            await s_run.DisposeAsync();
        }

        s_folder?.Dispose();
    }

    private static IContainer Container => s_run!.AddOn.Container;

    [TestMethod]
    public async Task The_good_plugins_rule_runs_in_the_add_on_and_creates_its_follow_ups()
    {
        var rule = Container.Resolve<IEnumerable<IFollowUpRule>>().Single(r => r.Code == "test-plugin.monthly-call");

        var run = await Container.Resolve<FollowUpRunner>().RunAsync(rule, "test-node", CancellationToken.None);

        Assert.IsNull(run.Error);
        Assert.AreEqual(2, run.Created);
    }

    [TestMethod]
    public void The_good_plugins_category_and_handler_are_registered_as_its_own()
    {
        Assert.IsNotNull(Container.Resolve<InquiryCategories>().Find("test-plugin.recall"));
        var handler = Container.Resolve<IEnumerable<Meta<ICrmEventHandler<CrmEvent>>>>()
            .Single(h => h.Value.GetType().FullName == "Crm.TestPlugin.Good.EventCounter");
        Assert.AreEqual(Good, handler.Metadata[PluginMetadata.PluginId]);
        var tagged = Container.ComponentRegistry.Registrations.Where(r => r.Metadata.ContainsKey(PluginMetadata.PluginId)).ToList();
        Assert.HasCount(3, tagged);
        Assert.IsTrue(tagged.All(r => r.Activator.LimitType.Assembly.GetName().Name == Good));
    }

    [TestMethod]
    public void Each_plugin_that_does_not_fit_is_left_out_with_its_reason()
    {
        var plugins = Container.Resolve<PluginCatalog>().Plugins.ToDictionary(p => p.Id);

        Assert.IsTrue(plugins[Good].Loaded, plugins[Good].Error);
        Assert.AreEqual("1.2.0", plugins[Good].Version);
        StringAssert.Contains(plugins["Crm.TestPlugin.Incompatible"].Error, "needs Crm.Abstractions");
        StringAssert.Contains(plugins["Crm.TestPlugin.MissingDependency"].Error, "Crm.TestPlugin.Absent");
        StringAssert.Contains(plugins["Crm.TestPlugin.MissingDependency"].Error, "not installed");
        StringAssert.Contains(plugins["Crm.TestPlugin.OldDependency"].Error, "version 1.2.0 is installed");
        StringAssert.Contains(plugins["Crm.TestPlugin.ThrowingModule"].Error, "refuses to load");
        StringAssert.Contains(plugins["Crm.TestPlugin.NeedsThrowingModule"].Error, "which was left out");
        StringAssert.Contains(plugins["Crm.TestPlugin.CycleA"].Error, "Crm.TestPlugin.CycleB");
        StringAssert.Contains(plugins["Crm.TestPlugin.CycleB"].Error, "cycle");
        StringAssert.Contains(plugins["Crm.TestPlugin.Unreadable"].Error, "cannot be read");
        StringAssert.Contains(plugins["Crm.TestPlugin.Renamed"].Error, "differs from the folder name");
        Assert.HasCount(1, plugins.Values.Where(p => p.Loaded));
    }

    [TestMethod]
    public void Admins_see_the_hosts_entries_then_the_add_ons_plugins_with_reasons()
    {
        using var scope = Container.BeginLifetimeScope();
        s_run!.AddOn.User.SetRoles(CrmRoles.Admin);

        var list = scope.Resolve<Crm.Module.Plugins.PluginList>().Get();

        Assert.AreEqual("Crm.Module", list[0].Id);
        var good = list.Single(p => p.Id == Good);
        Assert.AreEqual(new PluginStatus(Good, "Test plugin that works", "1.2.0", true, null), good);
        var incompatible = list.Single(p => p.Id == "Crm.TestPlugin.Incompatible");
        Assert.IsFalse(incompatible.Loaded);
        StringAssert.Contains(incompatible.Reason, "Crm.Abstractions (>= 9.0.0)");
        Assert.HasCount(11, list);
    }

    /// <summary>What the host reports about its own add-on folder.</summary>
    private sealed class HostDirectory : IPluginDirectory
    {
        public IReadOnlyList<PluginStatus> Plugins { get; } = [new("Crm.Module", "CRM add-on", "0.1.0", true, null)];
    }
}
