using Crm.Abstractions.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>A screen only calls the add-on's own endpoints: every route a built-in screen names is mapped, with that method.</summary>
[TestClass]
public sealed class ScreenRouteTests
{
    [TestMethod]
    public void Every_route_of_every_built_in_screen_is_an_endpoint_of_the_add_on()
    {
        var mapped = ScreenRoutes.MappedByTheAddOn();
        var screens = BuiltInScreenSet.Catalog().All.Where(s => s.Id.StartsWith("crm.", StringComparison.Ordinal) || s.Id == "erp.customer-card").ToList();

        var named = screens.SelectMany(ScreenRoutes.NamedBy).Where(r => r.Route.StartsWith("/api/crm/", StringComparison.Ordinal)).ToList();
        var missing = named.Where(r => !ScreenRoutes.IsMapped(mapped, r.Method, r.Route)).Select(r => $"{r.Where}: {r.Method} {r.Route}").ToList();

        Assert.IsTrue(named.Count > 30, $"only {named.Count} routes found");
        Assert.IsEmpty(missing, string.Join(Environment.NewLine, missing));
    }

    [TestMethod]
    public void Built_in_screens_name_no_route_outside_the_add_ons_api()
    {
        var outside = BuiltInScreenSet.Catalog().All
            .Where(s => s.Id.StartsWith("crm.", StringComparison.Ordinal))
            .SelectMany(ScreenRoutes.NamedBy)
            .Where(r => !r.Route.StartsWith("/api/crm/", StringComparison.Ordinal))
            .Select(r => r.Where)
            .ToList();

        Assert.IsEmpty(outside, string.Join(", ", outside));
    }

    [TestMethod]
    public void A_route_the_add_on_does_not_map_is_found_missing()
    {
        var mapped = ScreenRoutes.MappedByTheAddOn();

        Assert.IsTrue(ScreenRoutes.IsMapped(mapped, "POST", "/api/crm/inquiries/{number}/status"));
        Assert.IsTrue(ScreenRoutes.IsMapped(mapped, "GET", "/api/crm/pipelines/default/board"));
        Assert.IsFalse(ScreenRoutes.IsMapped(mapped, "DELETE", "/api/crm/inquiries/{number}"));
        Assert.IsFalse(ScreenRoutes.IsMapped(mapped, "POST", "/api/crm/inquiries/{number}/escalate"));
    }

    [TestMethod]
    public void The_customer_cards_finance_sections_read_the_overview_and_the_sales_sections_the_account_routes()
    {
        var sections = BuiltInScreenSet.Catalog().Find("erp.customer-card")!.Sections.ToDictionary(s => s.Id, s => s);
        var finance = new[] { "crm.finance", "crm.balances", "crm.orders", "crm.invoices" }.Select(id => sections[id]).ToList();

        Assert.IsTrue(finance.All(s => s.DataRoute == "/api/crm/accounts/{key}/overview"));
        Assert.AreEqual(ChartKind.Bar, finance.SelectMany(s => s.Charts ?? []).Single().Kind);
        Assert.AreEqual("/api/crm/accounts/{key}/owner", sections["crm.sales"].DataRoute);
        Assert.AreEqual("/api/crm/accounts/{key}/segment", sections["crm.segment"].DataRoute);
        Assert.AreEqual("/api/crm/opportunities?account={key}&status=Open", sections["crm.openOpportunities"].DataRoute);
        Assert.AreEqual("/api/crm/accounts/{key}/timeline", sections["crm.timeline"].DataRoute);
    }

    [TestMethod]
    public void The_option_routes_of_the_inputs_are_checked_too()
    {
        var named = BuiltInScreenSet.Catalog().All.SelectMany(ScreenRoutes.NamedBy).ToList();

        Assert.IsTrue(named.Any(r => r.Where == "crm.pipeline-board.default action moveStage input moveTo" && r.Route == "/api/crm/pipelines/default/stages"));
        Assert.IsTrue(named.Any(r => r.Where == "crm.opportunity-card action lost input lostReasonInput" && r.Route == "/api/crm/pipelines/lost-reasons"));
        Assert.IsTrue(named.Any(r => r.Where == "erp.customer-card action crm.logInquiry input crm.logOrder" && r.Route == "/api/crm/accounts/{crm.logAccount}/orders"));
    }
}
