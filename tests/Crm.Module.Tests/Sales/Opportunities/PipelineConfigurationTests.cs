using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Module.Hosting;
using Crm.Module.Plugins;
using Crm.Module.Sales.Opportunities;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Module.Tests.Sales.Opportunities;

[TestClass]
public sealed class PipelineConfigurationTests
{
    [TestMethod]
    public void Without_configuration_the_built_in_pipeline_and_the_default_lost_reasons_apply()
    {
        var catalog = Catalog(Configuration(), []);

        Assert.AreEqual("default", catalog.All.Single().Code);
        CollectionAssert.AreEqual(new[] { 10, 25, 50, 75 }, catalog.All[0].Stages.Select(s => s.Probability).ToList());
        Assert.HasCount(7, catalog.LostReasons);
        Assert.AreEqual("No budget", catalog.FindReason("no-budget")?.Name);
    }

    [TestMethod]
    public void Configured_pipelines_keep_their_order_and_lost_reasons_replace_the_defaults()
    {
        var catalog = Catalog(Configuration(
            ("Crm:Sales:Pipelines:0:Code", "projects"),
            ("Crm:Sales:Pipelines:0:Name", "Projects"),
            ("Crm:Sales:Pipelines:0:Currency", "CHF"),
            ("Crm:Sales:Pipelines:0:Stages:0:Code", "scoping"),
            ("Crm:Sales:Pipelines:0:Stages:0:Probability", "0"),
            ("Crm:Sales:Pipelines:0:Stages:1:Code", "offer"),
            ("Crm:Sales:Pipelines:0:Stages:1:Name", "Offer sent"),
            ("Crm:Sales:Pipelines:0:Stages:1:Probability", "100"),
            ("Crm:Sales:LostReasons:0:Code", "price"),
            ("Crm:Sales:LostReasons:1:Code", "merger"),
            ("Crm:Sales:LostReasons:1:Name", "Customer merged")), []);

        var pipeline = catalog.Find("projects")!;
        Assert.AreEqual(("Projects", "CHF"), (pipeline.Name, pipeline.DefaultCurrency));
        CollectionAssert.AreEqual(new[] { ("scoping", "scoping", 0), ("offer", "Offer sent", 100) }, pipeline.Stages.Select(s => (s.Code, s.Name, s.Probability)).ToList());
        Assert.IsNull(catalog.Find("default"));
        CollectionAssert.AreEqual(new[] { "price", "merger" }, catalog.LostReasons.Select(r => r.Code).ToList());
    }

    [TestMethod]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Probability", "101")]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Probability", "-1")]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Probability", "half")]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Code", "a")]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Code", "lost")]
    [DataRow("Crm:Sales:Pipelines:0:Stages:1:Code", "Upper Case")]
    [DataRow("Crm:Sales:Pipelines:0:Currency", "euro")]
    [DataRow("Crm:Sales:Pipelines:1:Code", "p")]
    [DataRow("Crm:Sales:LostReasons:1:Code", "price")]
    public void A_wrong_setting_stops_the_catalog_naming_the_setting(string setting, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Crm:Sales:Pipelines:0:Code"] = "p",
            ["Crm:Sales:Pipelines:0:Currency"] = "EUR",
            ["Crm:Sales:Pipelines:0:Stages:0:Code"] = "a",
            ["Crm:Sales:Pipelines:0:Stages:0:Probability"] = "10",
            ["Crm:Sales:Pipelines:0:Stages:1:Code"] = "b",
            ["Crm:Sales:Pipelines:0:Stages:1:Probability"] = "20",
            ["Crm:Sales:Pipelines:1:Code"] = "q",
            ["Crm:Sales:Pipelines:1:Currency"] = "EUR",
            ["Crm:Sales:Pipelines:1:Stages:0:Code"] = "a",
            ["Crm:Sales:Pipelines:1:Stages:0:Probability"] = "10",
            ["Crm:Sales:LostReasons:0:Code"] = "price",
            ["Crm:Sales:LostReasons:1:Code"] = "competitor",
            [setting] = value,
        };

        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), []));
        Assert.AreEqual(setting, e.Setting);
    }

    [TestMethod]
    public void A_pipeline_without_stages_names_its_stages_setting()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Configuration(
            ("Crm:Sales:Pipelines:0:Code", "empty"), ("Crm:Sales:Pipelines:0:Currency", "EUR")), []));
        Assert.AreEqual("Crm:Sales:Pipelines:0:Stages", e.Setting);
    }

    [TestMethod]
    public void Plugins_add_pipelines_and_insert_stages_into_existing_ones()
    {
        var catalog = Catalog(Configuration(), [new Vertical()]);

        CollectionAssert.AreEqual(new[] { "default", "rental" }, catalog.All.Select(p => p.Code).ToList());
        CollectionAssert.AreEqual(new[] { "qualification", "site-visit", "needs-analysis", "proposal", "negotiation" }, catalog.Find("default")!.Stages.Select(s => s.Code).ToList());
        CollectionAssert.AreEqual(new[] { "enquiry", "contract" }, catalog.Find("rental")!.Stages.Select(s => s.Code).ToList());
    }

    [TestMethod]
    public void A_source_of_the_add_on_or_host_clashing_with_configuration_or_naming_an_unknown_stage_stops_start_up()
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => Catalog(Configuration(), [new Vertical(), new Vertical()]));
        Assert.ThrowsExactly<InvalidOperationException>(() => Catalog(Configuration(), [new Source([], [new("default", new("x", "X", 5), "nope")])]));
        Assert.ThrowsExactly<InvalidOperationException>(() => Catalog(Configuration(), [new Source([], [new("nope", new("x", "X", 5))])]));
        Assert.ThrowsExactly<InvalidOperationException>(() => Catalog(Configuration(), [new Source([new("bad", "Bad", "EUR", [new("won", "Won", 100)])], [])]));
        Assert.ThrowsExactly<InvalidOperationException>(() => Catalog(Configuration(), [new Source([new("bad", "Bad", "EUR", [new("a", "A", 120)])], [])]));
    }

    [TestMethod]
    [DataRow("AmountTolerancePercent", "150")]
    [DataRow("DaysAfter", "x")]
    [DataRow("DaysBefore", "-1")]
    [DataRow("LookBackDays", "0")]
    [DataRow("BatchSize", "0")]
    [DataRow("Schedule", "every hour")]
    public void Wrong_order_matching_settings_name_themselves(string key, string value)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new OrderMatchOptions(Configuration(("Crm:Sales:OrderMatching:" + key, value))));
        Assert.AreEqual("Crm:Sales:OrderMatching:" + key, e.Setting);
    }

    [TestMethod]
    public void Order_matching_has_sensible_defaults()
    {
        var options = new OrderMatchOptions(Configuration(("Crm:Sales:OrderMatching:AmountTolerancePercent", "2.5")));
        Assert.AreEqual((2.5m, 3, 30, 90, 100, "0 0/15 * * * ?"), (options.AmountTolerancePercent, options.DaysBefore, options.DaysAfter, options.LookBackDays, options.BatchSize, options.Schedule));
        Assert.IsTrue(options.ExcludedStatuses.Contains("CANCELLED"));
        var sap = new OrderMatchOptions(Configuration(("Crm:Sales:OrderMatching:ExcludedStatuses:0", "C"), ("Crm:Sales:OrderMatching:ExcludedStatuses:1", "X")));
        CollectionAssert.AreEquivalent(new[] { "C", "X" }, sap.ExcludedStatuses.ToList());
    }

    [TestMethod]
    public async Task The_add_on_does_not_start_with_a_wrong_pipeline_setting()
    {
        var settings = OpportunityTestBase.Settings();
        settings["Crm:Sales:Pipelines:0:Stages:2:Probability"] = "170";
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        var e = await Assert.ThrowsExactlyAsync<CrmSettingException>(() => AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(now.UtcDateTime)), settings, new FixedClock(now)));
        Assert.AreEqual("Crm:Sales:Pipelines:0:Stages:2:Probability", e.Setting);
    }

    // Sources of this test assembly are not a plugin's: their defects stop start-up, as the add-on's would.
    private static PipelineCatalog Catalog(IConfiguration configuration, IEnumerable<IPipelineSource> sources) =>
        new(configuration, sources, new PluginHealth(new PluginCatalog(Path.GetTempPath()), PluginOptions.From(null), NullLogger<PluginHealth>.Instance), NullLogger<PipelineCatalog>.Instance);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private sealed class Vertical : IPipelineSource
    {
        public IEnumerable<Pipeline> Pipelines => [new("rental", "Rental", "EUR", [new("enquiry", "Enquiry", 20), new("contract", "Contract", 90)])];

        public IEnumerable<PipelineStageAddition> Stages => [new("default", new PipelineStage("site-visit", "Site visit", 20), "qualification")];
    }

    private sealed class Source(IEnumerable<Pipeline> pipelines, IEnumerable<PipelineStageAddition> stages) : IPipelineSource
    {
        public IEnumerable<Pipeline> Pipelines => pipelines;

        public IEnumerable<PipelineStageAddition> Stages => stages;
    }
}
