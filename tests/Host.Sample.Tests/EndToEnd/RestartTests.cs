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
}
