using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Module.Jobs;
using Crm.Module.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Module.Tests.Jobs;

/// <summary>
/// Jobs are checked at start: a bad code, a code used twice, or a bad <c>Crm:Jobs:&lt;Code&gt;</c>
/// setting leaves that job listed with the problem (naming the setting) and unscheduled; the
/// others are described with their effective schedule and switch.
/// </summary>
[TestClass]
public sealed class JobCatalogTests
{
    [TestMethod]
    public void Each_job_is_described_with_its_settings_and_each_bad_one_names_what_is_wrong()
    {
        var catalog = Discover(
            new Dictionary<string, string?>
            {
                ["Crm:Jobs:auto.configured:Schedule"] = "0 15 1 * * ?",
                ["Crm:Jobs:auto.switched-off:Enabled"] = "false",
                ["Crm:Jobs:auto.bad-schedule:Schedule"] = "every night",
                ["Crm:Jobs:auto.bad-switch:Enabled"] = "maybe",
            },
            new NamedJob("auto.default", "0 0 2 * * ?"),
            new NamedJob("auto.configured", "0 0 2 * * ?"),
            new NamedJob("auto.switched-off", "0 0 2 * * ?"),
            new NamedJob("auto.bad-schedule", "0 0 2 * * ?"),
            new NamedJob("auto.bad-default", "at two"),
            new NamedJob("auto.bad-switch", "0 0 2 * * ?"),
            new NamedJob("Auto.Import", "0 0 2 * * ?"),
            new NamedJob("auto.default", "0 0 3 * * ?"));

        var jobs = catalog.Jobs;

        Assert.HasCount(8, jobs);
        Assert.AreEqual(("0 0 2 * * ?", true, null), (jobs[0].Schedule, jobs[0].Enabled, jobs[0].Problem));
        Assert.AreEqual(("0 15 1 * * ?", true, null), (jobs[1].Schedule, jobs[1].Enabled, jobs[1].Problem));
        Assert.AreEqual((false, null), (jobs[2].Enabled, jobs[2].Problem));
        StringAssert.StartsWith(jobs[3].Problem, "Crm:Jobs:auto.bad-schedule:Schedule: 'every night' is not a valid Quartz cron expression");
        StringAssert.Contains(jobs[4].Problem, "DefaultSchedule 'at two'");
        StringAssert.Contains(jobs[4].Problem, "Crm:Jobs:auto.bad-default:Schedule");
        StringAssert.StartsWith(jobs[5].Problem, "Crm:Jobs:auto.bad-switch:Enabled: 'maybe'");
        StringAssert.Contains(jobs[6].Problem, "'Auto.Import' is not a plugin prefix and a name in lower case");
        StringAssert.Contains(jobs[7].Problem, "already used by another job");
        Assert.AreSame(jobs[0], catalog.Find("auto.default"));
        Assert.IsNull(catalog.Find("auto.bad-schedule"));
    }

    private static JobCatalog Discover(IReadOnlyDictionary<string, string?> settings, params NamedJob[] jobs)
    {
        var builder = new ContainerBuilder();
        foreach (var job in jobs)
        {
            builder.RegisterInstance(job).As<ICrmJob>();
        }

        using var container = builder.Build();
        var health = new PluginHealth(new PluginCatalog(Path.GetTempPath()), PluginOptions.From(null), NullLogger<PluginHealth>.Instance);
        return JobCatalog.Discover(container, new JobOptions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()), health);
    }

    /// <summary>A host's own job with the code and default schedule the test gives it; the catalog only reads what it says about itself.</summary>
    private sealed class NamedJob(string code, string defaultSchedule) : ICrmJob
    {
        public string Code => code;

        public string Name => "Job " + code;

        public string DefaultSchedule => defaultSchedule;

        public Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
