using System.Net;
using System.Net.Http.Json;
using Crm.Abstractions.Erp;

namespace Host.Sample.Tests.Faults;

/// <summary>
/// Host.Sample started while its PostgreSQL server is down: it waits, logging each attempt with the
/// database's name and never the password, and becomes ready once the server is up; a server that
/// never comes stops start-up with a message that says so.
/// </summary>
[TestClass]
public sealed class StartupFaultTests
{
    [TestMethod]
    public async Task Host_started_before_its_database_server_waits_for_it_and_becomes_ready()
    {
        await using var faulty = await FaultyHost.CreateAsync(DatabaseEngine.PostgreSql);
        await faulty.Server!.StopAsync();
        await using var host = faulty.Start();

        Assert.IsTrue(await host.WaitForOutputAsync("does not answer yet (attempt 2", TimeSpan.FromSeconds(60)), host.Output);
        await faulty.Server.StartAgainAsync();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        Assert.IsTrue(await host.WaitForOutputAsync("CRM add-on ready on PostgreSql", TimeSpan.FromSeconds(30)), host.Output);
        Assert.DoesNotContain(FaultyHost.Password, host.Output);
        using var clerk = host.ClientFor("clerk");
        using var logged = await clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10001", subject = "Logged after a late database", channel = "phone" });
        Assert.AreEqual(HttpStatusCode.Created, logged.StatusCode, await logged.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Host_whose_database_never_comes_stops_with_a_clear_message()
    {
        await using var faulty = await FaultyHost.CreateAsync(DatabaseEngine.PostgreSql, new Dictionary<string, string>
        {
            ["Erp__Database__StartupTimeout"] = "00:00:03",
        });
        await faulty.Server!.StopAsync();
        await using var host = faulty.Start();

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.AreNotEqual(0, exitCode, host.Output);
        StringAssert.Contains(host.Output, "does not answer yet");
        StringAssert.Contains(host.Output, "Host.Sample stopped:");
        Assert.DoesNotContain(FaultyHost.Password, host.Output);
        await faulty.Server.StartAgainAsync();
    }
}
