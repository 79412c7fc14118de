using System.Collections.Concurrent;
using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Security;
using Crm.Module.Events;
using Crm.Module.FollowUps;
using Crm.Module.Inquiries;
using Crm.Module.Plugins;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// A plugin none of whose parts can be created (a rule needing a service nobody registered, a
/// category source, an event handler and an API contributor whose constructors throw) beside one that works: the
/// add-on starts, lists the broken plugin as failed with the part that could not be created, and
/// the working plugin's rule, category and handler run on.
/// </summary>
[TestClass]
public sealed class PluginPartIsolationTests
{
    private const string Unbuildable = "Crm.TestPlugin.Unbuildable";
    private BesideTheGoodPlugin? _run;

    private IContainer Container => _run!.Container;

    private RecordingHandler Recorder => _run!.Recorder;

    private static DateTimeOffset Now => BesideTheGoodPlugin.Now;

    [TestInitialize]
    public async Task StartAsync() => _run = await BesideTheGoodPlugin.StartAsync(Unbuildable);

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public void The_plugin_is_listed_as_failed_with_the_part_that_could_not_be_created()
    {
        var broken = StatusOf(Unbuildable);

        Assert.IsFalse(broken.Loaded);
        StringAssert.Contains(broken.Reason, "Its IInquiryCategorySource ThrowingCategorySource could not be created: InvalidOperationException: The test plugin's category source cannot be created.");
        Assert.IsTrue(StatusOf("Crm.TestPlugin.Good").Loaded);
    }

    [TestMethod]
    public async Task The_other_plugins_rule_and_category_work_and_the_broken_ones_are_left_out()
    {
        Assert.IsNotNull(Container.Resolve<InquiryCategories>().Find("test-plugin.recall"));
        _run!.AddOn.User.SetRoles(CrmRoles.Admin);
        using var scope = Container.BeginLifetimeScope();
        var rules = scope.Resolve<IFollowUpService>().Rules.Select(r => r.Code).ToList();
        CollectionAssert.Contains(rules, "test-plugin.monthly-call");
        CollectionAssert.DoesNotContain(rules, "test-plugin.unbuildable");

        var run = await scope.Resolve<IFollowUpService>().RunNowAsync("test-plugin.monthly-call");

        Assert.IsNull(run.Error);
        Assert.AreEqual(1, run.Created);
    }

    [TestMethod]
    public async Task Events_reach_the_host_and_the_other_plugin()
    {
        var crmEvent = TestEvent.Create("after a broken plugin", Now);

        var failures = await Container.Resolve<EventDelivery>().DeliverAsync(crmEvent, CancellationToken.None);

        Assert.IsEmpty(failures, "the broken plugin is disabled, so its handler is not even tried");
        CollectionAssert.AreEqual(new[] { crmEvent.EventId }, Recorder.Received.ToList());
        Assert.AreEqual(1, GoodPluginsEventCount());
    }

    [TestMethod]
    public void The_host_gets_the_api_contributors_without_the_broken_one()
    {
        var contributors = Container.Resolve<IEnumerable<ICrmApiContributor>>().ToList();

        Assert.HasCount(1, contributors.OfType<PluginEndpoints>());
        CollectionAssert.DoesNotContain(contributors.Select(c => c.GetType().Name).ToList(), "ThrowingApiContributor");
    }

    private PluginStatus StatusOf(string id) => _run!.StatusOf(id);

    // The good plugin's handler lives in the plugin's own load context; the test knows it by name.
    // Resolved past the broken plugin's handler, as the add-on resolves plugins' parts.
    private int GoodPluginsEventCount()
    {
        var counter = PluginParts.Resolve<ICrmEventHandler<CrmEvent>>(Container).Single(h => h.GetType().FullName == "Crm.TestPlugin.Good.EventCounter");
        return (int)counter.GetType().GetProperty("Received")!.GetValue(counter)!;
    }
}
