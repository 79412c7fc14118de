using Crm.Abstractions.Erp;
using Crm.Module.Scheduling;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing.Databases;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Crm.Module.Tests.Scheduling;

/// <summary>
/// The scheduler on a real database: Quartz provisions its own tables, jobs run once at their time,
/// survive a restart, are retried when they fail, and an identity scheduled again replaces itself.
/// One derived class per engine. Waits are bounded by <see cref="Eventually"/>; no assertion is about time.
/// </summary>
public abstract class SchedulingContract
{
    private readonly List<SchedulerHost> _hosts = [];
    private TestDatabase? _database;

    protected abstract DatabaseEngine Engine { get; }

    private TestDatabase Database => _database!;

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
    public async Task Quartz_creates_its_tables_in_a_fresh_database_and_a_second_start_keeps_them()
    {
        Assert.IsEmpty(await QuartzTables.NamesAsync(Database));

        var first = await StartHostAsync("first");
        var tables = await QuartzTables.NamesAsync(Database);
        CollectionAssert.IsSubsetOf(
            new[] { "crm_qrtz_job_details", "crm_qrtz_triggers", "crm_qrtz_simple_triggers", "crm_qrtz_cron_triggers", "crm_qrtz_fired_triggers", "crm_qrtz_locks", "crm_qrtz_scheduler_state" },
            tables.ToList(),
            string.Join(", ", tables));
        await first.Scheduler.ScheduleOnceAsync("kept", typeof(RecordingJob), DateTimeOffset.UtcNow.AddHours(1));
        await first.DisposeAsync();

        var second = await StartHostAsync("second");
        CollectionAssert.AreEqual(tables.ToList(), (await QuartzTables.NamesAsync(Database)).ToList(), "nothing created twice, nothing lost");
        Assert.IsTrue(await second.Scheduler.IsScheduledAsync("kept"), "the schedule survived the restart");
    }

    [TestMethod]
    public async Task A_one_shot_job_runs_once_at_its_time_with_its_data()
    {
        var host = await StartHostAsync("a");

        await host.Scheduler.ScheduleOnceAsync("reminder-1", typeof(RecordingJob), DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["text"] = "Rückruf – 전화" });
        await Eventually.TrueAsync(() => Sink.RunsOf("reminder-1") > 0, "the job ran");
        await Eventually.TrueAsync(async () => !await host.Scheduler.IsScheduledAsync("reminder-1"), "the one-shot schedule is done");

        var run = Sink.Runs.Single(r => r.Identity == "reminder-1");
        Assert.AreEqual("Rückruf – 전화", run.Text);
        Assert.AreEqual("a", run.Host);
    }

    [TestMethod]
    public async Task A_job_due_while_no_host_ran_runs_once_after_the_next_start()
    {
        var stopped = await StartHostAsync("stopped");
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        await stopped.Scheduler.ScheduleOnceAsync("due-while-down", typeof(RecordingJob), due);
        await stopped.DisposeAsync();

        // Past the due time and the misfire threshold, so the restart finds a misfired trigger.
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.5));
        Assert.AreEqual(0, Sink.RunsOf("due-while-down"), "nothing ran while no host was up");

        var restarted = await StartHostAsync("restarted");
        await Eventually.TrueAsync(() => Sink.RunsOf("due-while-down") > 0, "the missed job ran after the restart");
        await Eventually.TrueAsync(async () => !await restarted.Scheduler.IsScheduledAsync("due-while-down"), "and is done");
        Assert.AreEqual(1, Sink.RunsOf("due-while-down"));
        Assert.AreEqual("restarted", Sink.Runs.Single(r => r.Identity == "due-while-down").Host);
    }

    [TestMethod]
    public async Task A_failing_job_is_logged_and_retried_under_the_retry_policy_while_the_scheduler_goes_on()
    {
        var host = await StartHostAsync("a");

        await host.Scheduler.ScheduleOnceAsync("flaky", typeof(FlakyJob), DateTimeOffset.UtcNow);
        await Eventually.TrueAsync(() => Sink.SucceededRunsOf("flaky") == 1, "the third run succeeded");

        var runs = Sink.Runs.Where(r => r.Identity == "flaky").ToList();
        Assert.HasCount(FlakyJob.Failures + 1, runs, "two failures, two retries, the second one succeeded");
        CollectionAssert.AreEqual(new[] { 0, 1, 2 }, runs.Select(r => r.RetryAttempt).ToList());
        Assert.IsTrue(
            host.Logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Category == typeof(ObservedJob).FullName && e.Exception is InvalidOperationException && e.Message.Contains("flaky", StringComparison.Ordinal)),
            "each failure is logged with the job's identity and exception");

        await host.Scheduler.ScheduleOnceAsync("after-failure", typeof(RecordingJob), DateTimeOffset.UtcNow);
        await Eventually.TrueAsync(() => Sink.RunsOf("after-failure") == 1, "the scheduler still runs other jobs");
        Assert.AreEqual(SchedulerStatus.Running, (await host.Quartz.GetSchedulerAsync(CancellationToken.None)).Status);
    }

    [TestMethod]
    public async Task Scheduling_an_identity_again_replaces_it()
    {
        var host = await StartHostAsync("a");

        await host.Scheduler.ScheduleOnceAsync("same", typeof(RecordingJob), DateTimeOffset.UtcNow.AddHours(1), new Dictionary<string, string> { ["text"] = "first" });
        await host.Scheduler.ScheduleOnceAsync("same", typeof(RecordingJob), DateTimeOffset.UtcNow.AddHours(2), new Dictionary<string, string> { ["text"] = "second" });
        await host.Scheduler.ScheduleOnceAsync("same", typeof(RecordingJob), DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["text"] = "third" });
        await Eventually.TrueAsync(async () => !await host.Scheduler.IsScheduledAsync("same"), "the schedule ran and is done");

        Assert.AreEqual(1, Sink.RunsOf("same"), "one job, one run");
        Assert.AreEqual("third", Sink.Runs.Single(r => r.Identity == "same").Text);
    }

    [TestMethod]
    public async Task A_cron_schedule_runs_repeatedly_until_unscheduled()
    {
        var host = await StartHostAsync("a");

        await host.Scheduler.ScheduleCronAsync("every-second", typeof(RecordingJob), "* * * * * ?", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        await Eventually.TrueAsync(() => Sink.RunsOf("every-second") >= 2, "it ran twice");

        Assert.IsTrue(await host.Scheduler.UnscheduleAsync("every-second"));
        Assert.IsFalse(await host.Scheduler.IsScheduledAsync("every-second"));
        Assert.IsFalse(await host.Scheduler.UnscheduleAsync("every-second"), "nothing left to remove");
    }

    [TestMethod]
    public async Task A_cron_schedule_whose_years_are_over_removes_the_earlier_schedule_instead_of_failing()
    {
        var host = await StartHostAsync("a");
        await host.Scheduler.ScheduleCronAsync("yearly", typeof(RecordingJob), "0 0 6 1 1 ?", TimeZoneInfo.Utc);
        Assert.IsTrue(await host.Scheduler.IsScheduledAsync("yearly"));

        await host.Scheduler.ScheduleCronAsync("yearly", typeof(RecordingJob), "0 0 6 1 1 ? 2020", TimeZoneInfo.Utc);

        Assert.IsFalse(await host.Scheduler.IsScheduledAsync("yearly"), "a schedule with no future fire is no schedule");
    }

    [TestMethod]
    public async Task Unknown_job_types_and_bad_cron_expressions_are_refused()
    {
        var host = await StartHostAsync("a");

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => host.Scheduler.ScheduleOnceAsync("x", typeof(UnregisteredJob), DateTimeOffset.UtcNow));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => host.Scheduler.ScheduleCronAsync("x", typeof(RecordingJob), "every day", TimeZoneInfo.Utc));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => host.Scheduler.ScheduleOnceAsync(" ", typeof(RecordingJob), DateTimeOffset.UtcNow));
    }

    private async Task<SchedulerHost> StartHostAsync(string name)
    {
        var host = await SchedulerHost.StartAsync(Database, Sink, name);
        _hosts.Add(host);
        return host;
    }

    private sealed class UnregisteredJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
