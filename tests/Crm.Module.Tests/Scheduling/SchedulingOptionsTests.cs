using Crm.Abstractions.Erp;
using Crm.Module.Hosting;
using Crm.Module.Scheduling;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Scheduling;

[TestClass]
public sealed class SchedulingOptionsTests
{
    [TestMethod]
    public void Defaults_give_quartz_its_own_prefix_and_generated_instance_ids()
    {
        var options = Read([]);
        Assert.IsTrue(options.Enabled);
        Assert.AreEqual("crm_qrtz_", options.TablePrefix);
        Assert.AreEqual(SchedulingOptions.AutoInstanceId, options.InstanceId);
    }

    [TestMethod]
    public void Only_server_databases_run_clustered()
    {
        Assert.IsFalse(SchedulingOptions.ClusteredOn(DatabaseEngine.Sqlite));
        Assert.IsTrue(SchedulingOptions.ClusteredOn(DatabaseEngine.PostgreSql));
        Assert.IsTrue(SchedulingOptions.ClusteredOn(DatabaseEngine.SqlServer));
    }

    [TestMethod]
    [DataRow("InstanceName", " ")]
    [DataRow("InstanceId", "")]
    [DataRow("ThreadCount", "0")]
    [DataRow("CheckinInterval", "00:00:00")]
    [DataRow("MisfireThreshold", "00:00:00")]
    [DataRow("TablePrefix", "crm-qrtz;")]
    [DataRow("TablePrefix", "1qrtz_")]
    [DataRow("RetryAttempts", "-1")]
    [DataRow("MaxRetryDelay", "00:00:01")]
    public void A_wrong_setting_is_named(string setting, string value)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Read(new() { [$"Crm:Scheduling:{setting}"] = value }));
        Assert.AreEqual($"Crm:Scheduling:{setting}", e.Setting);
    }

    private static SchedulingOptions Read(Dictionary<string, string?> settings) =>
        SchedulingOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
