using System.Collections.Concurrent;
using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.FollowUps;
using Crm.Module.Events;
using Crm.Module.FollowUps;
using Crm.Module.Jobs;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// A plugin whose handler, rule and scheduled job throw at run time (beside a handler of its own that works, whose
/// successes must not hide the failures): every failure is its alone (the other handlers, other
/// plugins' included, still get every event), and after Crm:Plugins:DisableAfterFailures consecutive
/// failures its handlers, rules and jobs stop running, the events it held up are delivered without it,
/// and admins see it as failed with its last error.
/// </summary>
[TestClass]
public sealed class PluginIsolationTests
{
    private const string Throwing = "Crm.TestPlugin.ThrowingHandler";
    private BesideTheGoodPlugin? _run;

    private IContainer Container => _run!.Container;

    private RecordingHandler Recorder => _run!.Recorder;

    private static DateTimeOffset Now => BesideTheGoodPlugin.Now;

    [TestInitialize]
    public async Task StartAsync() => _run = await BesideTheGoodPlugin.StartAsync(Throwing, new Dictionary<string, string> { ["Crm:Plugins:DisableAfterFailures"] = "3" });

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_throwing_handler_fails_alone_and_is_disabled_after_the_configured_failures()
    {
        var delivery = Container.Resolve<EventDelivery>();
        var events = Enumerable.Range(1, 4).Select(i => TestEvent.Create("event " + i, Now)).ToList();

        for (var i = 0; i < 3; i++)
        {
            Assert.IsTrue(StatusOf(Throwing).Loaded, $"still running before failure {i + 1}");
            var failures = await delivery.DeliverAsync(events[i], CancellationToken.None);
            Assert.HasCount(1, failures);
            StringAssert.Contains(failures[0], "FailingHandler");
        }

        var disabled = StatusOf(Throwing);
        Assert.IsFalse(disabled.Loaded);
        StringAssert.Contains(disabled.Reason, "Disabled after 3 consecutive failures");
        StringAssert.Contains(disabled.Reason, $"fails on event {events[2].EventId}");

        Assert.IsEmpty(await delivery.DeliverAsync(events[3], CancellationToken.None));
        CollectionAssert.AreEqual(events.Select(e => e.EventId).ToList(), Recorder.Received.ToList());
        Assert.AreEqual(4, GoodPluginsEventCount());
        Assert.IsTrue(StatusOf("Crm.TestPlugin.Good").Loaded);
    }

    [TestMethod]
    public async Task A_throwing_rule_counts_towards_its_plugin_and_does_not_run_once_it_is_disabled()
    {
        var rules = Container.Resolve<IEnumerable<IFollowUpRule>>().ToList();
        var throwing = rules.Single(r => r.Code == "test-plugin.throwing");
        var runner = Container.Resolve<FollowUpRunner>();

        for (var i = 0; i < 3; i++)
        {
            StringAssert.Contains((await runner.RunAsync(throwing, "test-node", CancellationToken.None)).Error, "rule fails");
        }

        StringAssert.StartsWith((await runner.RunAsync(throwing, "test-node", CancellationToken.None)).Error, "Not run: its plugin is disabled.");
        StringAssert.Contains(StatusOf(Throwing).Reason, "rule test-plugin.throwing");
        var good = await runner.RunAsync(rules.Single(r => r.Code == "test-plugin.monthly-call"), "test-node", CancellationToken.None);
        Assert.IsNull(good.Error);
        Assert.AreEqual(1, good.Created);
    }

    [TestMethod]
    public async Task A_throwing_job_is_recorded_counts_towards_its_plugin_and_does_not_run_once_it_is_disabled()
    {
        var job = Container.Resolve<JobCatalog>().Find("test-plugin.throwing-job")!;
        var runner = Container.Resolve<JobRunner>();

        for (var i = 0; i < 3; i++)
        {
            Assert.IsTrue(StatusOf(Throwing).Loaded, $"still running before failure {i + 1}");
            var run = await runner.RunAsync(job, "test-node", CancellationToken.None);
            Assert.AreEqual(JobRun.Failed, run?.Outcome);
            StringAssert.Contains(run?.Error, "The test plugin's job fails.");
        }

        Assert.IsNull(await runner.RunAsync(job, "test-node", CancellationToken.None), "a disabled plugin's job does not run");
        StringAssert.Contains(StatusOf(Throwing).Reason, "job test-plugin.throwing-job");
        _run!.AddOn.User.SetRoles(Crm.Abstractions.Security.CrmRoles.Admin);
        using var scope = Container.BeginLifetimeScope();
        var listed = (await scope.Resolve<JobList>().GetAsync(CancellationToken.None)).Single(j => j.Code == "test-plugin.throwing-job");
        Assert.AreEqual((Throwing, JobRun.Failed), (listed.Plugin, listed.LastRun?.Outcome));
        StringAssert.Contains(listed.LastRun?.Error, "The test plugin's job fails.");
    }

    private PluginStatus StatusOf(string id) => _run!.StatusOf(id);

    // The good plugin's handler lives in the plugin's own load context; the test knows it by name.
    private int GoodPluginsEventCount()
    {
        var counter = Container.Resolve<IEnumerable<ICrmEventHandler<CrmEvent>>>().Single(h => h.GetType().FullName == "Crm.TestPlugin.Good.EventCounter");
        return (int)counter.GetType().GetProperty("Received")!.GetValue(counter)!;
    }
}
