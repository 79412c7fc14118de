using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Dapper;
using Host.Sample.Tests.Load;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Three real Host.Sample processes started at the same moment on one fresh, empty PostgreSQL
/// database, serving one set of users together: the ERP is migrated and seeded once and the CRM
/// migrated once, requests spread round-robin over the hosts all take effect exactly once, the
/// follow-up rules fired by the shared Quartz cluster run on more than one host and each exactly once
/// (no follow-up created twice), and the outbox's events are delivered once each, by more than one host.
/// </summary>
[TestClass]
public sealed class ThreeHostClusterTests
{
    private const int HostCount = 3;
    private const int LoadClientCount = 6;

    // The working calendar's zone, set explicitly: rule schedules are cron in that zone.
    private const string CalendarZone = "Europe/Berlin";

    // Every follow-up rule the sample host has: the add-on's and its two vertical plugins'.
    private static readonly string[] Rules =
    [
        "overdue-invoice", "order-without-contact", "dormant-account", "stalled-opportunity", "inquiry-escalation",
        "auto.service-due", "med.calibration-due", "med.vigilance-deadline", "med.consumables-reorder",
    ];

    // The one rule with follow-ups to create on the demo data (overdue invoices), also run by hand.
    private const string RuleRunByHand = "overdue-invoice";

    // When the rules fire, counted from the hosts' start: three hosts starting together on a loaded
    // two-core machine (load average up to 27) served after 10 to 31 s. See StartTogetherAsync.
    private static readonly TimeSpan RulesFireAfter = TimeSpan.FromSeconds(45);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Three_hosts_started_together_share_requests_rules_and_outbox_and_do_each_piece_once()
    {
        var watch = Stopwatch.StartNew();
        await using var database = await CreateDatabaseAsync();
        var fireAt = DateTimeOffset.UtcNow.Add(RulesFireAfter);
        fireAt = fireAt.AddTicks(-(fireAt.Ticks % TimeSpan.TicksPerSecond));
        var started = watch.Elapsed;
        var hosts = Enumerable.Range(1, HostCount).Select(n => HostProcess.Start(Settings(database, $"host-{n}", fireAt))).ToList();
        try
        {
            await StartTogetherAsync(hosts, fireAt);
            var ready = watch.Elapsed - started;

            var spread = new RoundRobinHosts(hosts);
            var byHand = RunByHandOnEveryHostAsync(hosts, fireAt);
            var (ledger, runTag, requests) = await RunLoadAsync(spread, until: fireAt.AddSeconds(3));
            await byHand;

            await using var connection = await database.OpenConnectionAsync();
            await UntilAsync(() => RulesDoneAsync(connection), "every rule's one-shot fire to have run and left no schedule behind", hosts);
            await UntilAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE delivered_at IS NULL AND dead_at IS NULL") == 0, "every event to be delivered", hosts);

            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Three hosts on one PostgreSQL: serving after {ready.TotalSeconds:0.0} s; {requests} load requests, per host {string.Join(" / ", spread.Requests)}.");

            await AssertStartedOnceAsync(connection, hosts);
            var problems = await StoredWrites.CompareAsync(connection, runTag, ledger);
            Assert.IsEmpty(problems, "the acknowledged writes and the database differ:\n" + string.Join("\n", problems));
            Assert.IsTrue(spread.Requests.All(r => r > 0), "every host served requests");
            await AssertRulesRanOnceAcrossHostsAsync(connection, report);
            await AssertEventsDeliveredOnceAcrossHostsAsync(connection, report);
            AssertNoHostLoggedAnError(hosts);

            report.AppendLine(CultureInfo.InvariantCulture, $"Whole test {watch.Elapsed.TotalSeconds:0.0} s.");
            TestContext.WriteLine(report.ToString());
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task<TestDatabase> CreateDatabaseAsync()
    {
        try
        {
            return await TestDatabases.CreateAsync(DatabaseEngine.PostgreSql);
        }
        catch (TestEnvironmentUnavailableException e)
        {
            if (e.IsRequired)
            {
                Assert.Fail(e.Message);
            }

            Assert.Inconclusive(e.Message);
            throw;
        }
    }

    /// <summary>
    /// Waits for the hosts started at the same moment on the empty database: the ERP schema and demo
    /// data, the CRM's and the plugins' migrations and Quartz's tables are each created by whichever
    /// host gets there first, and the others must neither fail nor do it again.
    /// </summary>
    /// <remarks>
    /// The test's one assumption about time: every host serves before the rules' moment. A machine
    /// too slow for that can show nothing about how the cluster shares them (and a host starting after
    /// the moment cannot store the one-shot schedules: Quartz refuses a trigger that will never fire),
    /// so the test is then inconclusive rather than failed.
    /// </remarks>
    private static async Task StartTogetherAsync(List<HostProcess> hosts, DateTimeOffset rulesFireAt)
    {
        try
        {
            await Task.WhenAll(hosts.Select(h => h.WaitUntilReadyAsync(TimeSpan.FromSeconds(120))));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException && DateTimeOffset.UtcNow >= rulesFireAt)
        {
            Assert.Inconclusive($"The hosts were not all serving {RulesFireAfter.TotalSeconds} s after their start, when the rules fire: {e.Message}");
        }

        if (DateTimeOffset.UtcNow >= rulesFireAt)
        {
            Assert.Inconclusive($"The hosts were not all serving {RulesFireAfter.TotalSeconds} s after their start, when the rules fire.");
        }
    }

    private static Dictionary<string, string> Settings(TestDatabase database, string name, DateTimeOffset rulesFireAt)
    {
        var local = TimeZoneInfo.ConvertTime(rulesFireAt, TimeZoneInfo.FindSystemTimeZoneById(CalendarZone));
        var settings = new Dictionary<string, string>
        {
            ["Erp__Database__Engine"] = "PostgreSql",
            ["Erp__Database__ConnectionString"] = database.ConnectionString,
            ["Crm__Inquiries__WorkingCalendar__TimeZone"] = CalendarZone,

            // Named, so that the database's records say which host did what.
            ["Crm__Events__NodeName"] = name,
            ["Crm__Scheduling__InstanceId"] = name,

            // One job at a time per host: a host busy with a rule run takes no further trigger until
            // it is done (Quartz acquires only for a free thread), so the other hosts, whose schedulers
            // are waiting for the same moment, take the rest. See AssertRulesRanOnceAcrossHostsAsync.
            ["Crm__Scheduling__ThreadCount"] = "1",
        };

        // Every rule fires once, all at the same second (a cron expression with a year fires once).
        var once = string.Create(CultureInfo.InvariantCulture, $"{local.Second} {local.Minute} {local.Hour} {local.Day} {local.Month} ? {local.Year}");
        foreach (var rule in Rules)
        {
            settings[$"Crm__FollowUps__Rules__{rule}__Enabled"] = "true";
            settings[$"Crm__FollowUps__Rules__{rule}__Schedule"] = once;
        }

        return settings;
    }

    /// <summary>
    /// At the second the cluster fires the rules, the admin also runs the rule that has follow-ups to
    /// create by hand on every host: four runs of one rule on three hosts at once, racing for the same
    /// follow-ups, each of which must still be created once.
    /// </summary>
    private static async Task RunByHandOnEveryHostAsync(List<HostProcess> hosts, DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
        var admins = hosts.Select(h => h.ClientFor("admin")).ToList();
        try
        {
            var runs = await Task.WhenAll(admins.Select(a => a.PostAsync(new Uri($"/api/crm/follow-ups/rules/{RuleRunByHand}/run", UriKind.Relative), null)));
            foreach (var run in runs)
            {
                using (run)
                {
                    Assert.AreEqual(HttpStatusCode.OK, run.StatusCode, await run.Content.ReadAsStringAsync());
                }
            }
        }
        finally
        {
            admins.ForEach(a => a.Dispose());
        }
    }

    /// <summary>Clerks and reps whose every request goes to the next host, until the rules have fired and run a while.</summary>
    private static async Task<(WriteLedger Ledger, string RunTag, long Requests)> RunLoadAsync(RoundRobinHosts spread, DateTimeOffset until)
    {
        var runTag = "CL" + Guid.NewGuid().ToString("N")[..8];
        var ledger = new WriteLedger();
        List<LoadClient> clients;
        using (var admin = spread.ClientFor("admin"))
        {
            clients = await LoadClients.CreateAsync(admin, spread.ClientFor, LoadClientCount, runTag, ledger);
        }

        try
        {
            await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(until.UtcDateTime))));
            var errors = clients.SelectMany(c => c.Log.Errors).ToList();
            Assert.IsEmpty(errors, "requests without a 2xx:\n" + string.Join("\n", errors.Take(5)));
            Assert.IsGreaterThan(0, ledger.Records.Count(), "the load acknowledged no write at all");
            return (ledger, runTag, spread.Requests.Sum());
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    // Done: every rule has run, no run is unfinished, and Quartz holds neither a rule's trigger (a one-shot
    // cron trigger is removed after its fire) nor a fire in progress, so no further run can come.
    private static async Task<bool> RulesDoneAsync(DbConnection connection)
    {
        var (finished, unfinished) = await connection.QuerySingleAsync<(long, long)>(
            "SELECT COUNT(DISTINCT rule_code), SUM(CASE WHEN error LIKE 'Unfinished%' THEN 1 ELSE 0 END) FROM crm_follow_up_runs");
        var pending = await connection.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM crm_qrtz_triggers WHERE trigger_name LIKE 'follow-up-rule:%') + (SELECT COUNT(*) FROM crm_qrtz_fired_triggers WHERE trigger_name LIKE 'follow-up-rule:%')");
        return finished == Rules.Length && unfinished == 0 && pending == 0;
    }

    // Demo data seeded by exactly one host (the others found it there under the setup lock), and all
    // three in the one Quartz cluster.
    private static async Task AssertStartedOnceAsync(DbConnection connection, List<HostProcess> hosts)
    {
        var seeders = hosts.Count(h => h.Output.Contains("Seeded the sample ERP with demo data", StringComparison.Ordinal));
        Assert.AreEqual(1, seeders, "hosts that seeded the demo data");
        var instances = (await connection.QueryAsync<string>("SELECT instance_name FROM crm_qrtz_scheduler_state ORDER BY instance_name")).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, HostCount).Select(n => $"host-{n}").ToList(), instances, "the Quartz cluster's members");
    }

    /// <summary>
    /// Each rule's one fire ran exactly once (one run record, finished without error), the runs are
    /// spread over more than one host, and every follow-up they created exists once.
    /// </summary>
    /// <remarks>
    /// Why "more than one host" is certain rather than likely (Quartz does not promise to spread work):
    /// a scheduler thread with a free job thread acquires the next trigger due within its idle wait
    /// (30 s) and holds it until its moment, and one that found none sleeps at most that idle wait and
    /// looks again; so before the rules' common second every host holds one of the nine triggers (if a
    /// later host's start re-stored it meanwhile, the holder finds it gone at that second and acquires
    /// another at once). With one job thread per host, a host running a rule acquires nothing more
    /// until that run ends, which leaves the rest to the others. That gives all three hosts work; the
    /// test asserts more than one, which holds even if one host is starved of CPU through the whole
    /// burst, and reports the split, which varies from run to run.
    /// </remarks>
    private static async Task AssertRulesRanOnceAcrossHostsAsync(DbConnection connection, StringBuilder report)
    {
        var runs = (await connection.QueryAsync<(string Rule, string Node, int Created, int Skipped, string? Error)>(
            "SELECT rule_code, node, created, skipped, error FROM crm_follow_up_runs")).OrderBy(r => r.Rule, StringComparer.Ordinal).ToList();
        var expected = Rules.SelectMany(r => Enumerable.Repeat(r, r == RuleRunByHand ? 1 + HostCount : 1)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(expected, runs.Select(r => r.Rule).ToList(), "one scheduled run per rule, and the hand runs: " + string.Join(", ", runs.Select(r => r.Rule)));
        Assert.IsTrue(runs.All(r => r.Error is null), string.Join("\n", runs.Where(r => r.Error is not null).Select(r => $"{r.Rule}: {r.Error}")));
        Assert.IsTrue(runs.All(r => r.Node.StartsWith("host-", StringComparison.Ordinal)), string.Join(", ", runs.Select(r => r.Node)));

        // The hand-run rule's scheduled run cannot be told from its hand runs; the other rules' runs are all scheduled.
        var nodes = runs.Where(r => r.Rule != RuleRunByHand).GroupBy(r => r.Node).ToDictionary(g => g.Key, g => g.Count());
        Assert.IsGreaterThan(1, nodes.Count, "hosts that ran scheduled rules: " + string.Join(", ", nodes.Keys));

        var followUps = await connection.QuerySingleAsync<(long Keys, long Activities, long DistinctActivities)>(
            "SELECT COUNT(*), (SELECT COUNT(*) FROM crm_activities WHERE created_by LIKE 'follow-up:%'), COUNT(DISTINCT activity_id) FROM crm_follow_ups");
        Assert.IsGreaterThan(0L, followUps.Keys, "the rules created no follow-up at all, so nothing shows that none was created twice");
        Assert.AreEqual(runs.Sum(r => (long)r.Created), followUps.Keys, "follow-ups the runs counted and follow-up keys stored");
        Assert.AreEqual(followUps.Keys, followUps.Activities, "follow-up keys and follow-up activities");
        Assert.AreEqual(followUps.Keys, followUps.DistinctActivities, "follow-up keys and the distinct activities they name");
        report.AppendLine(CultureInfo.InvariantCulture, $"Rule runs: {runs.Count}; the {Rules.Length - 1} not also run by hand: {string.Join(", ", nodes.OrderBy(n => n.Key).Select(n => $"{n.Key} {n.Value}"))}; follow-ups created {followUps.Keys}, skipped {runs.Sum(r => r.Skipped)}.");
        foreach (var run in runs)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {run.Rule} on {run.Node}: created {run.Created}, skipped {run.Skipped}");
        }
    }

    /// <summary>
    /// Every event delivered at its first attempt (so by the one host whose claim won), by more than
    /// one host, and every follow-up's assignee notified once. Each host's dispatcher is woken by the
    /// writes made on that host and the load's writes reach all three, so all of them claim events.
    /// </summary>
    private static async Task AssertEventsDeliveredOnceAcrossHostsAsync(DbConnection connection, StringBuilder report)
    {
        var events = (await connection.QueryAsync<(string? Node, long Count, long Retried, long Dead)>(
            "SELECT locked_by, COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN dead_at IS NULL THEN 0 ELSE 1 END) FROM crm_outbox GROUP BY locked_by ORDER BY locked_by")).ToList();
        Assert.IsTrue(events.All(e => e.Node?.StartsWith("host-", StringComparison.Ordinal) == true), "delivered by: " + string.Join(", ", events.Select(e => e.Node)));
        Assert.AreEqual(0L, events.Sum(e => e.Retried + e.Dead), "events that needed more than one attempt or were given up");
        Assert.IsGreaterThan(1, events.Count, "hosts that delivered events: " + string.Join(", ", events.Select(e => e.Node)));

        var notNotifiedOnce = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM crm_activities a
            WHERE a.created_by LIKE 'follow-up:%'
              AND (SELECT COUNT(*) FROM erp_user_inbox n WHERE n.regarding = 'activity:' || a.id AND n.subject LIKE 'New %') <> 1
            """);
        Assert.AreEqual(0L, notNotifiedOnce, "follow-up activities whose assignee was not notified exactly once");
        report.AppendLine(CultureInfo.InvariantCulture, $"Events: {events.Sum(e => e.Count)} delivered ({string.Join(", ", events.Select(e => $"{e.Node} {e.Count}"))}), none retried.");
    }

    private static void AssertNoHostLoggedAnError(List<HostProcess> hosts)
    {
        foreach (var host in hosts)
        {
            var errors = host.Output.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
            Assert.IsEmpty(errors, $"{host.BaseAddress} logged errors:\n{string.Join("\n", errors)}\n{Tail(host.Output)}");
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what, List<HostProcess> hosts)
    {
        for (var attempt = 0; attempt < 480; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Waited in vain for {what}.\n{string.Join("\n", hosts.Select(h => $"--- {h.BaseAddress} ---\n{Tail(h.Output)}"))}");
    }

    private static string Tail(string output) => output.Length > 3_000 ? "…" + output[^3_000..] : output;
}
