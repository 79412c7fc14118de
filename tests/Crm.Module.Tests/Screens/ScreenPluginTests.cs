using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Screens;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Microsoft.Extensions.Logging;
using static Crm.Module.Tests.Screens.SampleScreen;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// A plugin registered in the add-on's container extends the add-on's inquiry queue and the host's
/// customer card; its broken extension is skipped and logged, and the add-on starts all the same.
/// </summary>
[TestClass]
public sealed class ScreenPluginTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly LogSink _logs = new();
    private AddOnOnDatabase? _run;

    [TestInitialize]
    public async Task StartAsync() =>
        _run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            new Dictionary<string, string?> { ["Crm:Erp:Profile"] = "HostSample" },
            new FixedClock(Now),
            builder =>
            {
                AcmeScreenPlugin.Register(builder);
                builder.RegisterInstance(_logs).As<ILoggerProvider>();
            });

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        _logs.Dispose();
    }

    private ScreenCatalog Catalog => _run!.AddOn.Container.Resolve<ScreenCatalog>();

    [TestMethod]
    public void The_plugins_field_and_action_land_at_their_anchors_on_the_inquiry_queue()
    {
        var queue = Catalog.Find("crm.inquiry-queue")!;

        CollectionAssert.AreEqual(new[] { "number", "subject", "acme.recallBatch", "accountKey" }, FieldIds(queue, "columns").Take(4).ToArray());
        CollectionAssert.AreEqual(new[] { "log", "acme.markRecall", "comment", "assign", "changeStatus" }, ActionIds(queue));
    }

    [TestMethod]
    public void The_plugins_section_lands_after_the_hosts_master_data_and_before_the_add_ons_sections()
    {
        var card = Catalog.Find("erp.customer-card")!;

        CollectionAssert.AreEqual(
            new[] { "erp.master", "acme.service", "crm.sales", "crm.segment", "crm.openOpportunities", "crm.timeline", "crm.finance", "crm.balances", "crm.orders", "crm.invoices" },
            SectionIds(card));
    }

    [TestMethod]
    public void The_broken_extension_is_skipped_and_logged_and_the_add_on_runs()
    {
        var queue = Catalog.Find("crm.inquiry-queue")!;

        Assert.IsFalse(queue.Sections.SelectMany(s => s.Fields).Any(f => f.Id == "acme.lost"));
        var warning = _logs.Entries.Single(e => e.Level == LogLevel.Warning && e.Category == typeof(ScreenCatalog).FullName);
        StringAssert.Contains(warning.Message, "acme.broken");
        StringAssert.Contains(warning.Message, "no-such-field");
        Assert.IsTrue(_logs.Entries.Any(e => e.Message.StartsWith("CRM add-on ready", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_clerk_sees_the_plugins_action_through_the_screens_access()
    {
        _run!.AddOn.User.SetRoles(CrmRoles.OrderClerk);
        using var scope = _run.AddOn.Container.BeginLifetimeScope();

        var queue = scope.Resolve<ScreenAccess>().Get("crm.inquiry-queue");

        CollectionAssert.Contains(ActionIds(queue), "acme.markRecall");
    }
}
