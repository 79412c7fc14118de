using Crm.Module.Events;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Events;

[TestClass]
public sealed class OutboxOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [TestMethod]
    public void Retry_delays_double_from_the_first_delay_up_to_the_cap_and_end_after_the_last_attempt()
    {
        var options = Read(new() { ["Crm:Events:FirstRetryDelay"] = "00:00:05", ["Crm:Events:MaxRetryDelay"] = "00:01:00", ["Crm:Events:MaxAttempts"] = "6" });

        var delays = Enumerable.Range(1, 6).Select(attempts => options.NextAttemptAfter(attempts, Now) - Now).ToList();

        CollectionAssert.AreEqual(
            new TimeSpan?[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(60), null },
            delays);
    }

    [TestMethod]
    public void A_huge_number_of_attempts_keeps_the_cap()
    {
        var options = Read(new() { ["Crm:Events:MaxAttempts"] = "100000" });
        Assert.AreEqual(Now + options.MaxRetryDelay, options.NextAttemptAfter(99_999, Now));
    }

    [TestMethod]
    public void Defaults_poll_every_second_and_name_each_dispatcher_differently()
    {
        var first = Read([]);
        var second = Read([]);
        Assert.AreEqual(TimeSpan.FromSeconds(1), first.PollInterval);
        Assert.AreNotEqual(first.NodeName, second.NodeName);
        Assert.IsLessThanOrEqualTo(100, first.NodeName.Length);
    }

    [TestMethod]
    [DataRow("PollInterval", "00:00:00")]
    [DataRow("BatchSize", "0")]
    [DataRow("MaxAttempts", "0")]
    [DataRow("LockDuration", "00:00:30")]
    [DataRow("MaxRetryDelay", "00:00:01")]
    [DataRow("NodeName", " ")]
    public void A_wrong_setting_is_named(string setting, string value)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Read(new() { [$"Crm:Events:{setting}"] = value }));
        Assert.AreEqual($"Crm:Events:{setting}", e.Setting);
    }

    private static OutboxOptions Read(Dictionary<string, string?> settings) =>
        OutboxOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
