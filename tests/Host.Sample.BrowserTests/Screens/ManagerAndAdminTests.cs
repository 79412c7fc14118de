using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>The manager's forecast dashboard and the admin's screens, as they open from the navigation.</summary>
[TestClass]
public sealed class ManagerAndAdminTests : BrowserTest
{
    [TestMethod]
    public async Task A_manager_opens_the_forecast_with_its_figures_and_charts_and_sets_a_target()
    {
        await UseViewportAsync(Desktop);
        await SignInAsync("manager");
        await PickEnglishAsync();
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Forecast" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forecast");

        // Opened without a range, the dashboard shows one and draws its charts.
        await Assertions.Expect(Page.Locator("svg[role='img']")).Not.ToHaveCountAsync(0);
        await StepAsync("forecast");

        await Page.GotoAsync("/screens/crm.sales-targets");
        var form = Page.Locator("form").Filter(new() { Has = Page.GetByRole(AriaRole.Button, new() { Name = "Set a new target" }) });
        await form.GetByLabel("Owner").FillAsync("rep");
        await form.GetByLabel("Month (yyyy-MM)").FillAsync("2026-12");
        await form.GetByLabel("Currency").FillAsync("EUR");
        await form.GetByLabel("Amount").FillAsync("25000");
        await form.GetByRole(AriaRole.Button, new() { Name = "Set a new target" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026-12" });
        await Assertions.Expect(row).ToContainTextAsync("25,000.00");
        await StepAsync("target-set");
    }

    [TestMethod]
    public async Task An_admin_sees_the_loaded_plugins_and_the_follow_up_rules()
    {
        await SignInAsync("admin");
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Loaded plugins" }).ClickAsync();
        var addOn = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Crm.Module" });
        await Assertions.Expect(addOn).ToContainTextAsync("Yes");
        await StepAsync("plugins");

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Follow-up rules and recent runs" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "overdue-invoice" })).Not.ToHaveCountAsync(0);
        await StepAsync("follow-up-rules");
    }

    // The demo manager works in German; this test reads the English labels.
    private async Task PickEnglishAsync()
    {
        await Page.GetByLabel("Sprache", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "English (United Kingdom)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sprache wechseln" }).ClickAsync();
    }
}
