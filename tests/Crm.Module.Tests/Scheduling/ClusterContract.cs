using Crm.Abstractions.Erp;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Scheduling;

/// <summary>Two clustered hosts on one server database share the work: each job runs exactly once.</summary>
public abstract class ClusterContract
{
    private readonly List<SchedulerHost> _hosts = [];
    private TestDatabase? _database;

    protected abstract DatabaseEngine Engine { get; }

    private JobSink Sink { get; } = new();

    [TestInitialize]
    public async Task CreateDatabaseAsync() => _database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));

    [TestCleanup]
    public async Task DropDatabaseAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Two_clustered_hosts_run_each_of_twenty_jobs_exactly_once()
    {
        var a = await StartHostAsync("node-a");
        var b = await StartHostAsync("node-b");
        var identities = Enumerable.Range(1, 20).Select(i => $"reminder-{i}").ToList();

        var at = DateTimeOffset.UtcNow.AddSeconds(2);
        for (var i = 0; i < identities.Count; i++)
        {
            // Scheduled through both hosts: either may store a schedule, any may fire it.
            await (i % 2 == 0 ? a : b).Scheduler.ScheduleOnceAsync(identities[i], typeof(RecordingJob), at);
        }

        await Eventually.TrueAsync(() => identities.All(id => Sink.RunsOf(id) > 0), "every job ran");
        foreach (var identity in identities)
        {
            await Eventually.TrueAsync(async () => !await a.Scheduler.IsScheduledAsync(identity), $"{identity} is done");
        }

        foreach (var identity in identities)
        {
            Assert.AreEqual(1, Sink.RunsOf(identity), identity);
        }
    }

    [TestMethod]
    public async Task A_stopped_node_s_jobs_are_run_by_the_other_node()
    {
        var a = await StartHostAsync("node-a");
        await a.Scheduler.ScheduleOnceAsync("while-a-is-gone", typeof(RecordingJob), DateTimeOffset.UtcNow.AddSeconds(3));
        await a.StopAsync();

        await StartHostAsync("node-b");
        await Eventually.TrueAsync(() => Sink.RunsOf("while-a-is-gone") > 0, "node b ran it");
        Assert.AreEqual("node-b", Sink.Runs.Single(r => r.Identity == "while-a-is-gone").Host);
    }

    private async Task<SchedulerHost> StartHostAsync(string name)
    {
        var host = await SchedulerHost.StartAsync(_database!, Sink, name);
        _hosts.Add(host);
        return host;
    }
}
