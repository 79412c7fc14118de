using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Two real Host.Sample processes on one PostgreSQL database: the outbox and the Quartz cluster are
/// shared. Reminders planned on one host are delivered once each even when that host is killed
/// right after planning them; the other host takes the work over.
/// </summary>
[TestClass]
public sealed class ClusterTests
{
    [TestMethod]
    public async Task Reminders_planned_on_a_host_that_dies_are_delivered_once_by_the_other()
    {
        TestDatabase database;
        try
        {
            database = await TestDatabases.CreateAsync(DatabaseEngine.PostgreSql);
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

        await using var _ = database;
        var environment = new Dictionary<string, string>
        {
            ["Erp__Database__Engine"] = "PostgreSql",
            ["Erp__Database__ConnectionString"] = database.ConnectionString,

            // Short intervals, so that taking over a dead host's work fits in a test.
            ["Crm__Scheduling__CheckinInterval"] = "00:00:01",
            ["Crm__Scheduling__MisfireThreshold"] = "00:00:02",
            ["Crm__Events__HandlerTimeout"] = "00:00:02",
            ["Crm__Events__LockDuration"] = "00:00:04",
        };

        var first = HostProcess.Start(environment);
        await using var second = HostProcess.Start(environment);
        try
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

            using var rep = first.ClientFor("rep");
            var reminderAt = DateTimeOffset.UtcNow.AddSeconds(6).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
            var ids = new List<long>();
            for (var i = 0; i < 10; i++)
            {
                using var planned = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = $"Cluster call {i}", accountKey = "C10001", reminderAt });
                Assert.AreEqual(HttpStatusCode.Created, planned.StatusCode, await planned.Content.ReadAsStringAsync());
                ids.Add((await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
            }
        }
        finally
        {
            // Killed, not stopped: whatever it had claimed or scheduled must be taken over.
            await first.DisposeAsync();
        }

        using var survivor = second.ClientFor("rep");
        var delivered = new List<string>();
        for (var attempt = 0; attempt < 600 && delivered.Count < 10; attempt++)
        {
            await Task.Delay(100);
            var inbox = await survivor.GetFromJsonAsync<JsonElement>("/inbox");
            delivered = [.. inbox.EnumerateArray().Select(n => n.GetProperty("subject").GetString()!).Where(s => s.StartsWith("Reminder: Cluster call", StringComparison.Ordinal))];
        }

        Assert.HasCount(10, delivered, second.Output);
        Assert.HasCount(10, delivered.Distinct());
    }
}
