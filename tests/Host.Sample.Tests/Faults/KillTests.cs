using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Hosting;
using Dapper;

namespace Host.Sample.Tests.Faults;

/// <summary>
/// Host.Sample killed (SIGKILL, no shutdown) in the middle of work, then started again on the same
/// database: what it acknowledged is there exactly once and whole, the events it had not delivered
/// are delivered (its outbox claims lapse), and a follow-up rule run it was in the middle of has its
/// record agree with what it created, and the next run completes it without duplicates.
/// </summary>
[TestClass]
public sealed class KillTests
{
    private const string Rule = "overdue-invoice";

    private static readonly Dictionary<string, string> SmallBatches = new()
    {
        // One proposal per batch: a run commits many times, so a kill lands between commits.
        ["Crm__FollowUps__BatchSize"] = "1",
        [$"Crm__FollowUps__Rules__{Rule}__Parameters__DaysOverdue"] = "0",
    };

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Inquiries_acknowledged_before_a_kill_are_there_once_and_their_events_delivered(DatabaseEngine engine)
    {
        await using var faulty = await FaultyHost.CreateAsync(engine);
        var first = faulty.Start();
        IReadOnlyList<Answer> answers;
        try
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            answers = await InquiryBurst.RunAsync(first, "Kill burst", async progress =>
            {
                await progress.AcknowledgedAsync(30);
                await first.KillAsync();
            });
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = faulty.Start();
        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        await using var connection = await faulty.OpenAsync();
        var stored = await StoredInquiries.ReadAsync(connection, "Kill burst");
        foreach (var answer in answers.Where(a => a.Acknowledged))
        {
            Assert.IsTrue(stored.TryGetValue(answer.Subject, out var inquiry), $"{answer.Subject} was acknowledged but is lost");
            Assert.AreEqual(1, inquiry.Count, answer.Subject);
        }

        // The requests the kill cut off are there whole or not at all.
        Assert.IsTrue(stored.Values.All(i => i is { Count: 1, Whole: true }), string.Join(", ", stored.Where(i => i.Value is not { Count: 1, Whole: true }).Select(i => i.Key)));
        Assert.IsGreaterThanOrEqualTo(30, answers.Count(a => a.Acknowledged));
        await UntilAsync(second, async () => await StoredInquiries.UndeliveredAsync(connection) == 0, "every event delivered");
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_rule_run_killed_midway_left_a_record_that_agrees_and_the_next_run_completes_it(DatabaseEngine engine)
    {
        await using var faulty = await FaultyHost.CreateAsync(engine, SmallBatches);
        var first = faulty.Start();
        long killedRun;
        try
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            using var admin = first.ClientFor("admin");
            var running = Answer.OfAsync(Rule, () => admin.PostAsync(new Uri($"/api/crm/follow-ups/rules/{Rule}/run", UriKind.Relative), null));
            killedRun = await KillMidRunAsync(faulty, first);
            Assert.IsNull((await running).Status, "the run answered before the kill: it was not killed midway");
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using (var connection = await faulty.OpenAsync())
        {
            var record = await connection.QuerySingleAsync<(int Created, string? Error)>("SELECT created, error FROM crm_follow_up_runs WHERE id = @killedRun", new { killedRun });
            var followUps = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_follow_ups WHERE rule_code = @Rule", new { Rule });
            Assert.AreEqual(followUps, record.Created, "the killed run's record counts exactly what it committed");
            StringAssert.StartsWith(record.Error, "Unfinished:");
            Assert.AreEqual(followUps, await PlannedEventsAsync(connection), "each created follow-up has its event");
        }

        await using var second = faulty.Start();
        await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var again = second.ClientFor("admin");
        var completing = await RunAsync(again);
        var repeated = await RunAsync(again);

        await using var check = await faulty.OpenAsync();
        var total = await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_follow_ups WHERE rule_code = @Rule", new { Rule });
        var killedCreated = await check.ExecuteScalarAsync<int>("SELECT created FROM crm_follow_up_runs WHERE id = @killedRun", new { killedRun });
        Assert.IsGreaterThan(0, completing.GetProperty("created").GetInt32(), "the killed run had work left");
        Assert.AreEqual(total, killedCreated + completing.GetProperty("created").GetInt32());
        Assert.AreEqual((0, total), (repeated.GetProperty("created").GetInt32(), repeated.GetProperty("skipped").GetInt32()));
        Assert.AreEqual(total, await check.ExecuteScalarAsync<int>("SELECT COUNT(DISTINCT activity_id) FROM crm_follow_ups WHERE rule_code = @Rule", new { Rule }));
        Assert.AreEqual(total, await PlannedEventsAsync(check));
        Assert.AreEqual(JsonValueKind.Null, completing.GetProperty("error").ValueKind);
    }

    // Kills the host once the run has committed a batch and is not done. On PostgreSQL the probe holds
    // the run record's row lock, so the run is certainly stopped between two batches. On SQLite it only
    // reads (the host's file is in WAL mode, where a reader never waits for the writer) and kills at
    // once: the kill may land inside a batch, which the batch's transaction must then undo whole. An
    // earlier probe took SQLite's write lock instead; the host, committing one small batch after
    // another, takes that lock again right after each commit, and the probe's busy wait (sleep, then
    // try again) mostly lost the race until the run had ended (the host starts no run of its own).
    private static async Task<long> KillMidRunAsync(FaultyHost faulty, HostProcess host)
    {
        var locking = faulty.Engine == DatabaseEngine.PostgreSql;
        for (var attempt = 0; attempt < 5000 && !host.HasExited; attempt++)
        {
            await using var connection = await faulty.OpenAsync();

            // No transaction on SQLite: Microsoft.Data.Sqlite begins one IMMEDIATE, taking the write lock.
            await using var transaction = locking ? await connection.BeginTransactionAsync() : null;
            var run = await connection.QuerySingleOrDefaultAsync<(long Id, int Created, string? Error)>(
                "SELECT id, created, error FROM crm_follow_up_runs WHERE rule_code = @Rule ORDER BY id DESC LIMIT 1" + (locking ? " FOR UPDATE" : string.Empty),
                new { Rule },
                transaction);
            if (run.Id > 0 && run.Created > 0 && run.Error?.StartsWith("Unfinished:", StringComparison.Ordinal) == true)
            {
                await host.KillAsync();
                return run.Id;
            }

            await Task.Delay(5);
        }

        Assert.Fail($"The rule run was never seen between two batches:\n{host.Output}");
        return 0;
    }

    private static async Task<JsonElement> RunAsync(HttpClient admin)
    {
        using var response = await admin.PostAsync(new Uri($"/api/crm/follow-ups/rules/{Rule}/run", UriKind.Relative), null);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<int> PlannedEventsAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_outbox WHERE event_type LIKE '%.ActivityPlanned'");

    private static async Task UntilAsync(HostProcess host, Func<Task<bool>> reached, string what)
    {
        for (var wait = 0; !await reached(); wait++)
        {
            if (wait == 600 || host.HasExited)
            {
                Assert.Fail($"Never reached: {what}\n{host.Output}");
            }

            await Task.Delay(100);
        }
    }
}
