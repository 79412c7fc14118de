using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Hosting;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Host.Sample.Tests.Faults;

/// <summary>
/// The database fails under a burst of inquiries logged by several clerks at once. Every request ends
/// either acknowledged (2xx), and then its inquiry is stored exactly once with its timeline row and its
/// event, or refused with 503 problem+json and Retry-After, and then nothing of it is stored (or, where
/// the connection broke on an open session, the answer says the outcome is unknown and the inquiry is
/// there whole or not at all). Never a 500.
/// </summary>
[TestClass]
public sealed class RequestFaultTests
{
    private const int Clerks = 6;

    [TestMethod]
    public async Task PostgreSQL_sessions_cut_and_server_stopped_mid_burst_lose_and_duplicate_nothing()
    {
        await using var faulty = await FaultyHost.CreateAsync(DatabaseEngine.PostgreSql);
        await using var host = faulty.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        var answers = await BurstAsync(host, "PG burst", async progress =>
        {
            await progress.AcknowledgedAsync(20);
            for (var cut = 0; cut < 3; cut++)
            {
                await using (var connection = await faulty.OpenAsync())
                {
                    await connection.ExecuteAsync(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
                }

                await progress.AcknowledgedAsync(10);
            }

            await faulty.Server!.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await faulty.Server.StartAgainAsync();
            await progress.AcknowledgedAsync(20);
        });

        await AssertNothingLostOrDoubledAsync(faulty, host, answers, "PG burst");
    }

    [TestMethod]
    public async Task SQLite_locked_past_the_busy_timeout_mid_burst_loses_and_duplicates_nothing()
    {
        await using var faulty = await FaultyHost.CreateAsync(DatabaseEngine.Sqlite);
        await using var host = faulty.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        var answers = await BurstAsync(host, "SQLite burst", async progress =>
        {
            await progress.AcknowledgedAsync(20);

            // Another program holds the write lock: every write waits out its busy timeout, is
            // retried, and gets a 503 once its retries are spent. Released after the first such 503.
            await using var holder = (SqliteConnection)await faulty.OpenAsync();
            await holder.ExecuteAsync("BEGIN IMMEDIATE");
            await progress.RefusedAsync();
            await holder.ExecuteAsync("ROLLBACK");
            await progress.AcknowledgedAsync(20);
        });

        await AssertNothingLostOrDoubledAsync(faulty, host, answers, "SQLite burst");
    }

    /// <summary>Clerks log inquiries with unique subjects until <paramref name="disrupt"/> is done.</summary>
    private static async Task<IReadOnlyList<Answer>> BurstAsync(HostProcess host, string prefix, Func<BurstProgress, Task> disrupt)
    {
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var progress = new BurstProgress(answers, host);
        var clerks = Enumerable.Range(0, Clerks).Select(c => Task.Run(async () =>
        {
            using var clerk = host.ClientFor("clerk");
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var subject = $"{prefix} {c}-{i}";
                answers.Enqueue(await Answer.OfAsync(subject, () => clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10001", subject, channel = "phone" })));
            }
        })).ToList();

        try
        {
            await disrupt(progress);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(clerks);
        }

        return [.. answers];
    }

    private static async Task AssertNothingLostOrDoubledAsync(FaultyHost faulty, HostProcess host, IReadOnlyList<Answer> answers, string prefix)
    {
        foreach (var answer in answers)
        {
            Assert.IsNotNull(answer.Status, $"{answer.Subject}: no answer ({answer.Body})\n{host.Output}");
            Assert.IsTrue(answer.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{answer.Subject}: {answer.Status} {answer.Body}\n{host.Output}");
            if (answer.Status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.AreEqual("application/problem+json", answer.ContentType, answer.Body);
                Assert.IsNotNull(answer.RetryAfter, answer.Body);
                var problem = JsonDocument.Parse(answer.Body).RootElement;
                Assert.AreEqual("The database is unavailable.", problem.GetProperty("title").GetString());
            }
        }

        Assert.IsTrue(answers.Any(a => a.Status == HttpStatusCode.ServiceUnavailable), "the fault never reached a caller: the test did not test it");

        await using var connection = await faulty.OpenAsync();
        var stored = await StoredInquiries.ReadAsync(connection, prefix);
        foreach (var (subject, inquiry) in stored)
        {
            Assert.AreEqual(1, inquiry.Count, $"{subject} is stored {inquiry.Count} times");
            Assert.IsTrue(inquiry.Whole, $"{subject} is stored without its timeline row or its event");
        }

        foreach (var answer in answers)
        {
            if (answer.Acknowledged)
            {
                Assert.IsTrue(stored.ContainsKey(answer.Subject), $"{answer.Subject} was acknowledged but is not stored");
            }
            else if (JsonDocument.Parse(answer.Body).RootElement.GetProperty("fault").GetString() == "not-stored")
            {
                Assert.IsFalse(stored.ContainsKey(answer.Subject), $"{answer.Subject} was refused as not stored, but it is");
            }
        }

        // The host serves again once the database does.
        using var clerk = host.ClientFor("clerk");
        using var after = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10001", subject = prefix + " after", channel = "phone" });
        Assert.AreEqual(HttpStatusCode.Created, after.StatusCode, await after.Content.ReadAsStringAsync());
        Assert.DoesNotContain(FaultyHost.Password, host.Output);
    }

    /// <summary>Lets a disruption wait for the burst to reach a point, by what the clerks were answered.</summary>
    private sealed class BurstProgress(ConcurrentQueue<Answer> answers, HostProcess host)
    {
        /// <summary>Waits until <paramref name="more"/> further requests were acknowledged.</summary>
        public async Task AcknowledgedAsync(int more)
        {
            var target = answers.Count(a => a.Acknowledged) + more;
            await UntilAsync(() => answers.Count(a => a.Acknowledged) >= target, $"{more} more acknowledged inquiries");
        }

        /// <summary>Waits until a request was refused with a 503.</summary>
        public Task RefusedAsync() =>
            UntilAsync(() => answers.Any(a => a.Status == HttpStatusCode.ServiceUnavailable), "a 503");

        // A guard against a hung test, not a measurement: a minute is far beyond any retry policy here.
        private async Task UntilAsync(Func<bool> reached, string what)
        {
            for (var wait = 0; !reached(); wait++)
            {
                if (wait == 3000 || host.HasExited)
                {
                    Assert.Fail($"The burst never reached {what}:\n{host.Output}");
                }

                await Task.Delay(20);
            }
        }
    }
}
