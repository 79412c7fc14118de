using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Infrastructure;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Faults;

/// <summary>
/// The add-on's own start-up (mapping validation, migrations) on a PostgreSQL server that is down:
/// it waits for <c>Crm:Database:StartupTimeout</c> and starts once the server is back, or stops with
/// a message naming the database and the setting. A server of the test's own, since it is stopped.
/// </summary>
[TestClass]
public sealed class AddOnStartupWaitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task The_add_on_waits_for_a_database_that_comes_back_and_then_starts()
    {
        await using var server = await Prerequisite.OrSkipAsync(PostgresServer.StartAsync());
        // Not dropped on its own: the server's restart ended the pooled sessions a drop would use,
        // and disposing the server deletes its whole data folder anyway.
        var database = await SeededAsync(server);
        await server.StopAsync();

        var starting = AddOnUnderTest.StartAsync(database, Settings("00:01:00"), new FixedClock(Now, TimeZoneInfo.Utc));

        // "A few seconds later", as a database started together with the host would come.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.IsFalse(starting.IsCompleted, "start-up did not wait for the database");
        await server.StartAgainAsync();
        await using var addOn = await starting;
        Assert.IsNotNull(addOn.Accounts);
    }

    [TestMethod]
    public async Task Start_up_stops_with_a_clear_message_when_the_database_never_comes()
    {
        await using var server = await Prerequisite.OrSkipAsync(PostgresServer.StartAsync());
        var database = await SeededAsync(server);
        await server.StopAsync();
        try
        {
            var failure = await Assert.ThrowsExactlyAsync<InvalidOperationException>(
                () => AddOnUnderTest.StartAsync(database, Settings("00:00:02"), new FixedClock(Now, TimeZoneInfo.Utc)));

            StringAssert.StartsWith(failure.Message, $"The CRM add-on cannot start: the PostgreSql database {database.Name} on 127.0.0.1:{server.Port} did not answer within 00:00:02 (Crm:Database:StartupTimeout).");
        }
        finally
        {
            await server.StartAgainAsync();
        }
    }

    private static async Task<PostgresTestDatabase> SeededAsync(PostgresServer server)
    {
        var database = await PostgresTestDatabase.CreateAsync(server);
        await new HostSampleShape().SeedAsync(database, DateOnly.FromDateTime(Now.Date));
        return database;
    }

    private static Dictionary<string, string?> Settings(string startupTimeout)
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Database:StartupTimeout"] = startupTimeout;
        return settings;
    }
}
