using Crm.Abstractions.Screens;
using Crm.Module.Screens;
using Crm.Module.Screens.Definitions;
using Crm.Module.Tests.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static Crm.Module.Tests.Screens.SampleScreen;

namespace Crm.Module.Tests.Screens;

/// <summary>Composition across sources: order, conflicts, and what a defect does to start-up.</summary>
[TestClass]
public sealed class ScreenCatalogTests
{
    [TestMethod]
    public void Plugins_extensions_apply_in_the_order_of_their_source_names_whatever_the_registration_order()
    {
        var catalog = BuiltInScreenSet.Catalog(
            [new TestScreenSource("test", Card)],
            [
                new TestExtensionSource("zeta", new ScreenExtension("z", "test.card", ScreenAnchor.EndOf("main"), Fields: [Field("z1")])),
                new TestExtensionSource("alpha", new ScreenExtension("a1", "test.card", ScreenAnchor.EndOf("main"), Fields: [Field("a1")]), new ScreenExtension("a2", "test.card", ScreenAnchor.EndOf("main"), Fields: [Field("a2")])),
            ]);

        CollectionAssert.AreEqual(new[] { "a", "b", "a1", "a2", "z1" }, FieldIds(catalog.Find("test.card")!, "main"));
    }

    [TestMethod]
    public void The_add_ons_extensions_apply_before_any_plugins_so_a_plugin_can_anchor_on_them()
    {
        // "aaa" sorts before "crm", the add-on's source name: only the add-on-first rule puts the finance section there in time.
        var plugin = new TestExtensionSource("aaa", new ScreenExtension("aaa.note", "erp.customer-card", ScreenAnchor.After("crm.orderCount"), Fields: [Field("aaa.note")]));

        var card = BuiltInScreenSet.Catalog(moreExtensions: [plugin]).Find("erp.customer-card")!;

        CollectionAssert.AreEqual(new[] { "crm.orderCount", "aaa.note", "crm.firstOrderDate" }, FieldIds(card, "crm.finance").Take(3).ToArray());
    }

    [TestMethod]
    public void A_plugins_screen_with_an_id_already_taken_is_skipped_and_the_first_kept()
    {
        using var logs = new LogSink();
        var impostor = Card with { Id = "crm.inquiry-queue" };

        var catalog = BuiltInScreenSet.Catalog([new TestScreenSource("acme", impostor)], logger: LoggerOf(logs));

        Assert.AreEqual(ScreenKind.List, catalog.Find("crm.inquiry-queue")!.Kind);
        Assert.IsTrue(logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains("acme", StringComparison.Ordinal) && e.Message.Contains("crm.inquiry-queue", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_plugins_screen_that_repeats_an_id_inside_itself_is_skipped()
    {
        var broken = Card with { Id = "acme.broken", Actions = [Action("a")] };

        var catalog = BuiltInScreenSet.Catalog([new TestScreenSource("acme", broken)]);

        Assert.IsNull(catalog.Find("acme.broken"));
    }

    [TestMethod]
    public void A_broken_plugin_extension_is_skipped_and_logged_naming_source_and_extension_and_the_others_still_apply()
    {
        using var logs = new LogSink();
        var plugin = new TestExtensionSource(
            "acme",
            new ScreenExtension("acme.lost", "test.card", ScreenAnchor.After("nowhere"), Fields: [Field("x1")]),
            new ScreenExtension("acme.good", "test.card", ScreenAnchor.After("a"), Fields: [Field("x2")]));

        var card = BuiltInScreenSet.Catalog([new TestScreenSource("test", Card)], [plugin], LoggerOf(logs)).Find("test.card")!;

        CollectionAssert.AreEqual(new[] { "a", "x2", "b" }, FieldIds(card, "main"));
        var warning = logs.Entries.Single(e => e.Level == LogLevel.Warning);
        StringAssert.Contains(warning.Message, "acme");
        StringAssert.Contains(warning.Message, "acme.lost");
        StringAssert.Contains(warning.Message, "nowhere");
    }

    [TestMethod]
    public void An_extension_of_a_screen_nobody_defines_is_skipped_so_a_host_without_a_customer_card_still_starts()
    {
        var catalog = new ScreenCatalog([BuiltInScreenSet.Screens], [BuiltInScreenSet.Extensions], NullLogger<ScreenCatalog>.Instance);

        Assert.IsNull(catalog.Find("erp.customer-card"));
        Assert.IsNotNull(catalog.Find("crm.inquiry-queue"));
    }

    [TestMethod]
    public void A_defect_in_the_add_ons_own_screens_stops_start_up_naming_the_source_and_the_screen()
    {
        using var logs = new LogSink();

        var error = Assert.ThrowsExactly<ScreenDefinitionException>(() =>
            new ScreenCatalog([BuiltInScreenSet.Screens, BuiltInScreenSet.Screens], [], LoggerOf(logs)));

        Assert.AreEqual("crm", error.SourceName);
        Assert.AreEqual("crm.inquiry-quick-log", error.Item);
        Assert.IsTrue(logs.Entries.Any(e => e.Level == LogLevel.Critical && e.Message.Contains("crm.inquiry-quick-log", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void The_add_ons_customer_card_extensions_put_sales_then_finance_after_the_hosts_sections()
    {
        var card = BuiltInScreenSet.Catalog().Find("erp.customer-card")!;

        CollectionAssert.AreEqual(
            new[] { "erp.master", "crm.sales", "crm.segment", "crm.openOpportunities", "crm.timeline", "crm.finance", "crm.balances", "crm.orders", "crm.invoices" },
            SectionIds(card));
        Assert.IsTrue(card.Sections.Skip(5).All(s => s.DataRoute == "/api/crm/accounts/{key}/overview"));
        CollectionAssert.AreEqual(new[] { "erp.edit", "crm.planActivity", "crm.logInquiry" }, card.Actions.Select(a => a.Id).ToArray());
    }

    [TestMethod]
    public void Everything_the_add_on_adds_to_the_customer_card_carries_the_crm_prefix()
    {
        var card = BuiltInScreenSet.Catalog().Find("erp.customer-card")!;

        var added = ScreenIds.Of(card).Where(id => !id.StartsWith("erp.", StringComparison.Ordinal)).ToList();

        Assert.IsTrue(added.Count > 30, $"only {added.Count} ids added");
        Assert.IsTrue(added.All(id => id.StartsWith("crm.", StringComparison.Ordinal)), string.Join(", ", added));
        Assert.IsNull(ScreenIds.FirstRepeated(ScreenIds.Of(card)));
    }

    [TestMethod]
    public void The_cards_saves_send_their_editable_fields_and_change_actions_the_version()
    {
        var catalog = BuiltInScreenSet.Catalog();
        var saves = new[] { "crm.inquiry-quick-log", "crm.lead-card", "crm.opportunity-card" }.Select(id => catalog.Find(id)!.Actions.Single(a => a.Id == "save")).ToList();

        Assert.IsTrue(saves.All(a => a.SendsForm));
        CollectionAssert.AreEqual(new[] { "version" }, catalog.Find("crm.opportunity-card")!.Actions.Single(a => a.Id == "save").RecordValues!.ToArray());
        CollectionAssert.AreEqual(new[] { "version" }, catalog.Find("crm.pipeline-board.default")!.Actions.Single(a => a.Id == "moveStage").RecordValues!.ToArray());
    }

    [TestMethod]
    public void Every_pipeline_gets_a_board_with_its_stages_as_columns()
    {
        var board = BuiltInScreenSet.Catalog().Find("crm.pipeline-board.default")!;

        Assert.AreEqual(ScreenKind.Board, board.Kind);
        Assert.AreEqual("/api/crm/pipelines/default/board", board.DataRoute);
        CollectionAssert.AreEqual(new[] { "columns.0.cards", "columns.1.cards" }, board.Columns!.Take(2).Select(c => c.DataPath).ToArray());
        Assert.IsTrue(board.Columns!.Count >= 2);
    }

    private static ILogger<ScreenCatalog> LoggerOf(LogSink logs) => LoggerFactory.Create(b => b.AddProvider(logs)).CreateLogger<ScreenCatalog>();
}
