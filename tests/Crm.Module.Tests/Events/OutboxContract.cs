using System.Diagnostics;
using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing;
using Crm.Testing.Databases;
using Host.Sample.Erp;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Tests.Events;

/// <summary>
/// The transactional outbox and its dispatcher on a real database: delivered after commit only,
/// once per handler, after a crash, with retries and backoff for failing handlers, and exactly once
/// between several hosts sharing the database. One derived class per engine.
/// </summary>
public abstract class OutboxContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private readonly List<OutboxHost> _hosts = [];
    private TestDatabase? _database;

    public TestContext TestContext { get; set; } = null!;

    protected abstract DatabaseEngine Engine { get; }

    private TestDatabase Database => _database!;

    private FixedClock Clock { get; } = new(Now);

    private DeliveryLog Log { get; } = new();

    [TestInitialize]
    public async Task CreateDatabaseAsync()
    {
        _database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(Engine));

        // The add-on validates its ERP mapping at start; empty ERP tables are enough for that.
        ErpSchemaMigrator.Migrate(_database.Engine, _database.ConnectionString);
    }

    [TestCleanup]
    public async Task DropDatabaseAsync()
    {
        Log.ReleaseHungHandlers();
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
    public async Task A_committed_event_is_delivered_once_to_each_handler_as_it_was_raised()
    {
        var host = await StartHostAsync("a");
        var raised = new TestEvent("Grüße, 안녕하세요 😀", Amount: 1234.5678m, Day: new DateOnly(2026, 12, 31)) { EventId = Guid.NewGuid(), OccurredAt = Now.AddMinutes(-3) };

        await host.CommitAsync(raised);
        await Eventually.TrueAsync(() => Log.Handled(FirstHandler.Name, raised) && Log.Handled(SecondHandler.Name, raised), "both handlers got the event");
        await DeliverBarrierAsync(host);

        Assert.AreEqual(1, Log.CallsOf(FirstHandler.Name, raised.EventId));
        Assert.AreEqual(1, Log.CallsOf(SecondHandler.Name, raised.EventId));
        var delivered = Log.Calls.Where(c => c.Event.EventId == raised.EventId).ToList();
        Assert.IsTrue(delivered.All(c => Equals(c.Event, raised)), "the handlers see the event exactly as raised");
        Assert.IsTrue(delivered.All(c => !c.UserAuthenticated), "handlers run without the host's signed-in user");

        var row = await OutboxTable.GetAsync(Database, raised.EventId);
        Assert.AreEqual(typeof(TestEvent).FullName, row.EventType);
        Assert.AreEqual(Now, row.DeliveredAt);
        Assert.AreEqual(0, row.Attempts);
        Assert.IsNull(row.NextAttemptAt, "nothing more is due");
        Assert.IsNull(row.LockedUntil);
        Assert.AreEqual("a", row.LockedBy);
        Assert.IsNull(row.DeadAt);
    }

    [TestMethod]
    public async Task An_event_enqueued_in_a_rolled_back_transaction_is_never_delivered()
    {
        var host = await StartHostAsync("a");
        var rolledBack = TestEvent.Create("rolled back", Now);

        await host.RollBackAsync(rolledBack);
        await DeliverBarrierAsync(host);

        Assert.IsFalse(Log.Calls.Any(c => c.Event.EventId == rolledBack.EventId));
        Assert.IsNull(await OutboxTable.FindAsync(Database, rolledBack.EventId));
    }

    [TestMethod]
    public async Task Events_committed_while_no_dispatcher_ran_are_delivered_in_order_by_the_next_start()
    {
        var crashed = await StartHostAsync("crashed", dispatch: false);
        var events = Enumerable.Range(1, 12).Select(i => TestEvent.Create($"event {i}", Now)).ToList();
        await crashed.CommitAsync([.. events.Take(5)]);
        await crashed.CommitAsync([.. events.Skip(5)]);
        await crashed.DisposeAsync();
        Assert.IsEmpty(Log.Calls, "nothing was delivered before the crash");

        await StartHostAsync("restarted", new Dictionary<string, string?> { ["Crm:Events:BatchSize"] = "5" });
        await Eventually.TrueAsync(() => events.All(e => Log.Handled(SecondHandler.Name, e)), "every event delivered after the restart");

        CollectionAssert.AreEqual(
            events.Select(e => e.EventId).ToList(),
            Log.Calls.Where(c => c.Handler == FirstHandler.Name).Select(c => c.Event.EventId).ToList(),
            "one host delivers in the order the events were stored, across batches");
        Assert.AreEqual(events.Count, await OutboxTable.CountAsync(Database, "delivered_at IS NOT NULL AND locked_by = 'restarted'"));
    }

    [TestMethod]
    public async Task A_failing_handler_is_retried_with_backoff_while_other_events_and_handlers_go_on()
    {
        var host = await StartHostAsync("a");
        var failing = TestEvent.Create("failing", Now, TestBehaviour.FailWhileFaulty);
        var next = TestEvent.Create("next", Now);

        await host.CommitAsync(failing, next);
        await Eventually.TrueAsync(() => Log.Handled(FirstHandler.Name, next) && Log.Handled(SecondHandler.Name, next), "the next event is delivered");
        var first = await OutboxTable.GetAsync(Database, failing.EventId);
        Assert.AreEqual(1, first.Attempts);
        Assert.AreEqual(Now.AddSeconds(5), first.NextAttemptAt, "first retry after FirstRetryDelay");
        Assert.IsNull(first.DeliveredAt);
        Assert.IsNull(first.LockedUntil);
        StringAssert.Contains(first.LastError, typeof(FirstHandler).FullName);
        StringAssert.Contains(first.LastError, "first handler is faulty for 'failing'");
        Assert.AreEqual(1, Log.CallsOf(SecondHandler.Name, failing.EventId), "the other handler of the failing event ran");
        Assert.IsTrue(host.Logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Exception is InvalidOperationException), "the handler's exception is logged");

        await DeliverBarrierAsync(host);
        Assert.AreEqual(1, Log.CallsOf(FirstHandler.Name, failing.EventId), "not retried before its time");

        Clock.Advance(TimeSpan.FromSeconds(5));
        host.Signal.Notify();
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, failing.EventId)).Attempts == 2, "second attempt failed");
        Assert.AreEqual(Clock.GetUtcNow().AddSeconds(10), (await OutboxTable.GetAsync(Database, failing.EventId)).NextAttemptAt, "the delay doubles");

        Log.Faulty = false;
        Clock.Advance(TimeSpan.FromSeconds(10));
        host.Signal.Notify();
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, failing.EventId)).DeliveredAt is not null, "third attempt delivered");

        Assert.AreEqual(3, Log.CallsOf(FirstHandler.Name, failing.EventId));
        Assert.AreEqual(3, Log.CallsOf(SecondHandler.Name, failing.EventId), "every handler runs on every attempt");
        Assert.AreEqual(1, Log.CallsOf(FirstHandler.Name, next.EventId));
        Assert.IsFalse(host.DispatcherTask!.IsCompleted, "the dispatcher is still running");
    }

    [TestMethod]
    public async Task An_event_that_keeps_failing_is_given_up_after_the_last_attempt_and_stays_in_the_table()
    {
        var host = await StartHostAsync("a", new Dictionary<string, string?>
        {
            ["Crm:Events:MaxAttempts"] = "3",
            ["Crm:Events:FirstRetryDelay"] = "00:00:10",
            ["Crm:Events:MaxRetryDelay"] = "00:00:15",
        });
        var failing = TestEvent.Create("hopeless", Now, TestBehaviour.FailWhileFaulty);

        await host.CommitAsync(failing);
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, failing.EventId)).Attempts == 1, "first attempt failed");
        Assert.AreEqual(Now.AddSeconds(10), (await OutboxTable.GetAsync(Database, failing.EventId)).NextAttemptAt);

        Clock.Advance(TimeSpan.FromSeconds(10));
        host.Signal.Notify();
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, failing.EventId)).Attempts == 2, "second attempt failed");
        Assert.AreEqual(Clock.GetUtcNow().AddSeconds(15), (await OutboxTable.GetAsync(Database, failing.EventId)).NextAttemptAt, "the delay is capped");

        Clock.Advance(TimeSpan.FromSeconds(15));
        host.Signal.Notify();
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, failing.EventId)).Attempts == 3, "third attempt failed");

        var dead = await OutboxTable.GetAsync(Database, failing.EventId);
        Assert.AreEqual(Clock.GetUtcNow(), dead.DeadAt);
        Assert.IsNull(dead.NextAttemptAt);
        Assert.IsNull(dead.DeliveredAt);
        StringAssert.Contains(dead.LastError, "faulty");
        Assert.IsTrue(
            host.Logs.Entries.Any(e => e.Level == LogLevel.Error && e.Message.Contains(failing.EventId.ToString(), StringComparison.Ordinal)),
            "giving up is logged as an error naming the event");

        Clock.Advance(TimeSpan.FromDays(1));
        await DeliverBarrierAsync(host);
        Assert.AreEqual(3, Log.CallsOf(FirstHandler.Name, failing.EventId), "a dead event is not tried again");
    }

    [TestMethod]
    public async Task An_event_of_an_unknown_type_is_logged_and_left_for_a_host_that_knows_it()
    {
        var withoutPlugin = await StartHostAsync("without-plugin");
        var pluginEvent = new PluginEvent("from a plugin") { EventId = Guid.NewGuid(), OccurredAt = Now };

        await withoutPlugin.CommitAsync(pluginEvent);
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, pluginEvent.EventId)).Attempts == 1, "the unknown type counts as a failed attempt");
        var left = await OutboxTable.GetAsync(Database, pluginEvent.EventId);
        StringAssert.Contains(left.LastError, "Unknown event type");
        Assert.IsNull(left.DeliveredAt);
        Assert.IsNull(left.DeadAt);
        Assert.IsTrue(withoutPlugin.Logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains(typeof(PluginEvent).FullName!, StringComparison.Ordinal)));
        await withoutPlugin.DisposeAsync();

        await StartHostAsync("with-plugin", register: b => b.RegisterType<PluginEventHandler>().As<ICrmEventHandler<PluginEvent>>());
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(() => Log.Handled(PluginEventHandler.Name, pluginEvent), "the host with the plugin delivers it");
        Assert.AreEqual(pluginEvent, Log.Calls.Single(c => c.Handler == PluginEventHandler.Name).Event);
    }

    [TestMethod]
    public async Task A_handler_of_the_base_type_receives_every_event()
    {
        var host = await StartHostAsync("a", register: b => b.RegisterType<EveryEventHandler>().As<ICrmEventHandler<CrmEvent>>());
        var testEvent = TestEvent.Create("any", Now);

        await host.CommitAsync(testEvent);
        await Eventually.TrueAsync(() => Log.Handled(EveryEventHandler.Name, testEvent) && Log.Handled(FirstHandler.Name, testEvent), "both kinds of handler got it");
        Assert.AreEqual(1, Log.CallsOf(EveryEventHandler.Name, testEvent.EventId));
    }

    [TestMethod]
    public async Task A_handler_that_cannot_be_created_fails_alone()
    {
        var host = await StartHostAsync("a", register: b => b.RegisterType<UnconstructibleHandler>().As<ICrmEventHandler<TestEvent>>());
        var testEvent = TestEvent.Create("some", Now);

        await host.CommitAsync(testEvent);
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, testEvent.EventId)).Attempts == 1, "the attempt failed");

        Assert.AreEqual(1, Log.CallsOf(FirstHandler.Name, testEvent.EventId), "the handlers that could be created ran");
        Assert.AreEqual(1, Log.CallsOf(SecondHandler.Name, testEvent.EventId));
        StringAssert.Contains((await OutboxTable.GetAsync(Database, testEvent.EventId)).LastError, "ICrmEventHandler<TestEvent> #3");
    }

    [TestMethod]
    public async Task A_handler_that_ignores_cancellation_times_out_without_blocking_other_events()
    {
        var host = await StartHostAsync("a", new Dictionary<string, string?> { ["Crm:Events:HandlerTimeout"] = "00:00:00.2" });
        var hanging = TestEvent.Create("hangs", Now, TestBehaviour.IgnoreCancellation);
        var next = TestEvent.Create("next", Now);

        await host.CommitAsync(hanging, next);
        await Eventually.TrueAsync(() => Log.Handled(FirstHandler.Name, next), "the next event is delivered");
        var row = await OutboxTable.GetAsync(Database, hanging.EventId);
        Assert.AreEqual(1, row.Attempts);
        StringAssert.Contains(row.LastError, "timed out");
        Assert.AreEqual(1, Log.CallsOf(SecondHandler.Name, hanging.EventId), "the other handler still ran");
    }

    [TestMethod]
    public async Task Stopping_the_host_ends_the_dispatcher_and_gives_the_event_back()
    {
        var host = await StartHostAsync("stopping");
        var waiting = TestEvent.Create("waits", Now, TestBehaviour.WaitForCancellationOnce);
        await host.CommitAsync(waiting);
        await Eventually.TrueAsync(() => Log.Handled(FirstHandler.Name, waiting), "the handler is running");

        await Eventually.CompletesAsync(host.StopAsync(), "stopping the host");
        Assert.IsTrue(host.DispatcherTask!.IsCompletedSuccessfully);
        var row = await OutboxTable.GetAsync(Database, waiting.EventId);
        Assert.IsNull(row.DeliveredAt);
        Assert.AreEqual(0, row.Attempts, "a stop is not a failed attempt");
        Assert.IsNull(row.LockedUntil, "released for any host to take at once");

        await StartHostAsync("next");
        await Eventually.TrueAsync(async () => (await OutboxTable.GetAsync(Database, waiting.EventId)).DeliveredAt is not null, "the next start delivers it");
    }

    [TestMethod]
    public async Task Two_hosts_on_one_database_deliver_each_of_200_events_exactly_once()
    {
        var writer = await StartHostAsync("writer", dispatch: false);
        var events = Enumerable.Range(1, 200).Select(i => TestEvent.Create($"event {i}", Now)).ToList();
        foreach (var chunk in events.Chunk(10))
        {
            await writer.CommitAsync(chunk);
        }

        // Both start at once on the same backlog, so they race for the same rows from the first read.
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(StartHostAsync("node-a"), StartHostAsync("node-b"));
        await Eventually.TrueAsync(async () => await OutboxTable.CountAsync(Database, "delivered_at IS NOT NULL") == events.Count, "all 200 delivered");
        watch.Stop();

        foreach (var handler in new[] { FirstHandler.Name, SecondHandler.Name })
        {
            var counts = Log.Calls.Where(c => c.Handler == handler).GroupBy(c => c.Event.EventId).ToDictionary(g => g.Key, g => g.Count());
            Assert.HasCount(events.Count, counts, handler);
            Assert.IsTrue(counts.Values.All(n => n == 1), $"{handler}: each event exactly once");
        }

        var perNode = await OutboxTable.DeliveredPerNodeAsync(Database);
        Assert.IsTrue(perNode.Keys.All(node => node is "node-a" or "node-b"), "only the two dispatchers delivered");
        TestContext.WriteLine($"{Engine}: 200 events drained in {watch.ElapsedMilliseconds} ms; per node: {string.Join(", ", perNode.Select(p => $"{p.Key}={p.Value}"))}");
    }

    [TestMethod]
    public async Task An_event_without_id_or_time_is_refused_and_nothing_is_written()
    {
        var host = await StartHostAsync("a", dispatch: false);
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => host.CommitAsync(new TestEvent("no id") { EventId = Guid.Empty, OccurredAt = Now }));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => host.CommitAsync(new TestEvent("no time") { EventId = Guid.NewGuid(), OccurredAt = default }));
        Assert.AreEqual(0, await OutboxTable.CountAsync(Database, "1 = 1"));
    }

    private async Task<OutboxHost> StartHostAsync(
        string node,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<ContainerBuilder>? register = null,
        bool dispatch = true)
    {
        var host = await OutboxHost.StartAsync(Database, Clock, Log, node, settings, register, dispatch);
        _hosts.Add(host);
        return host;
    }

    // Commits one more event and waits for it: the dispatcher has since looked at every row that
    // was due, so whatever it has not delivered by now it will not deliver at this clock time.
    private async Task DeliverBarrierAsync(OutboxHost host)
    {
        var barrier = TestEvent.Create("barrier", Clock.GetUtcNow());
        await host.CommitAsync(barrier);
        await Eventually.TrueAsync(() => Log.Handled(SecondHandler.Name, barrier), "the barrier event is delivered");
    }
}
