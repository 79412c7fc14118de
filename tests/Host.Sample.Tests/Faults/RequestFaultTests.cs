using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Hosting;
using Dapper;
using Microsoft.Data.Sqlite;

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
    [TestMethod]
    public async Task PostgreSQL_sessions_cut_and_server_stopped_mid_burst_lose_and_duplicate_nothing()
    {
        await using var faulty = await FaultyHost.CreateAsync(DatabaseEngine.PostgreSql);
        await using var host = faulty.Start();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        var answers = await InquiryBurst.RunAsync(host, "PG burst", async progress =>
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

        var answers = await InquiryBurst.RunAsync(host, "SQLite burst", async progress =>
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
}
