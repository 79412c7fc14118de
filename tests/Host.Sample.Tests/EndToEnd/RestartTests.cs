using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

[TestClass]
public sealed class RestartTests
{
    [TestMethod]
    public async Task A_second_run_reuses_the_embedded_database_and_what_the_crm_wrote()
    {
        var dataFolder = Directory.CreateTempSubdirectory("crm-restart-").FullName;
        try
        {
            await using (var first = HostProcess.Start(dataFolder: dataFolder))
            {
                await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
                StringAssert.Contains(first.Output, "Seeded the sample ERP");
                using var client = first.ClientFor("admin");
                using var assigned = await client.PutAsJsonAsync("/api/crm/accounts/C10002/owner", new { owner = "rep", version = 0 });
                assigned.EnsureSuccessStatusCode();
            }

            await using var second = HostProcess.Start(dataFolder: dataFolder);
            await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            Assert.DoesNotContain("Seeded the sample ERP", second.Output);
            using var again = second.ClientFor("admin");
            var owner = await again.GetFromJsonAsync<JsonElement>("/api/crm/accounts/C10002/owner");
            Assert.AreEqual("rep", owner.GetProperty("ownerUserName").GetString());
            Assert.AreEqual(1, owner.GetProperty("version").GetInt32());
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    // The first host is killed right after planning, possibly holding the outbox claim of the
    // ActivityPlanned event; the claim lapses after LockDuration (five minutes by default), then the
    // restarted host schedules the reminder — already due — and Quartz fires it at once.
    private static readonly Dictionary<string, string> ShortClaims = new()
    {
        ["Crm__Events__LockDuration"] = "00:00:08",
        ["Crm__Events__HandlerTimeout"] = "00:00:04",
    };

    [TestMethod]
    public async Task A_reminder_due_while_the_host_was_down_fires_once_after_it_comes_back()
    {
        var dataFolder = Directory.CreateTempSubdirectory("crm-restart-").FullName;
        try
        {
            long id;
            await using (var first = HostProcess.Start(ShortClaims, dataFolder))
            {
                await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
                using var rep = first.ClientFor("rep");
                var reminderAt = DateTimeOffset.UtcNow.AddSeconds(3).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
                using var planned = await rep.PostAsJsonAsync("/api/crm/activities", new { type = "call", subject = "Call Weber before the audit", accountKey = "C10004", reminderAt });
                planned.EnsureSuccessStatusCode();
                id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
            }

            await Task.Delay(TimeSpan.FromSeconds(4));
            await using var second = HostProcess.Start(ShortClaims, dataFolder);
            await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            using var again = second.ClientFor("rep");
            JsonElement[] reminders = [];
            for (var attempt = 0; attempt < 300 && reminders.Length == 0; attempt++)
            {
                await Task.Delay(100);
                var inbox = await again.GetFromJsonAsync<JsonElement>("/inbox");
                reminders = [.. inbox.EnumerateArray().Where(n => n.GetProperty("regarding").GetString() == $"activity:{id}")];
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            var finalInbox = await again.GetFromJsonAsync<JsonElement>("/inbox");
            Assert.AreEqual(1, finalInbox.EnumerateArray().Count(n => n.GetProperty("regarding").GetString() == $"activity:{id}"), second.Output);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
