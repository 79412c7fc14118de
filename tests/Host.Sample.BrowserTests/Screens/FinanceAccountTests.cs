using System.Globalization;
using System.Text.Json;
using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>Finance opens a customer of the ERP and finds the CRM's figures on the ERP's own card, the same as the API's.</summary>
[TestClass]
public sealed class FinanceAccountTests : BrowserTest
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [TestMethod]
    public async Task Finance_finds_a_customer_and_sees_the_same_orders_and_balances_as_the_api()
    {
        await SignInAsync("finance");
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Customers" }).ClickAsync();
        await Page.GetByLabel("Customer no., name or city").FillAsync("Davies Roasters");
        await Page.GetByLabel("Customer no., name or city").PressAsync("Enter");
        await StepAsync("customers-found");
        await Page.GetByRole(AriaRole.Link, new() { Name = "C10001", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Customer");
        await StepAsync("customer-card");

        var overview = await GetJsonAsync("/api/crm/accounts/C10001/overview");
        var figures = Section("CRM: orders and payments");
        await Assertions.Expect(figures).ToContainTextAsync(overview.GetProperty("orderCount").GetInt32().ToString(British));
        await Assertions.Expect(figures).ToContainTextAsync(DateOnly.Parse(overview.GetProperty("lastOrderDate").GetString()!, CultureInfo.InvariantCulture).ToString("d", British));
        await Assertions.Expect(figures.Locator("svg[role='img']")).ToBeVisibleAsync();

        var balances = Table("Balances");
        foreach (var balance in overview.GetProperty("balances").EnumerateArray())
        {
            var row = balances.GetByRole(AriaRole.Row).Filter(new() { HasText = balance.GetProperty("currency").GetString() });
            await Assertions.Expect(row).ToContainTextAsync(balance.GetProperty("openBalance").GetDecimal().ToString("N2", British));
            await Assertions.Expect(row).ToContainTextAsync(balance.GetProperty("overdueBalance").GetDecimal().ToString("N2", British));
            await Assertions.Expect(row).ToContainTextAsync(balance.GetProperty("overdueInvoiceCount").GetInt32().ToString(British));
        }

        var newest = overview.GetProperty("orders").GetProperty("items")[0];
        var orderRow = Table("Orders").GetByRole(AriaRole.Row).Filter(new() { HasText = newest.GetProperty("number").GetString() });
        await Assertions.Expect(orderRow).ToContainTextAsync(newest.GetProperty("total").GetDecimal().ToString("N2", British));
        await Assertions.Expect(Table("Invoices").GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(0);
    }

    [TestMethod]
    public async Task The_customer_card_fits_a_tablet()
    {
        await UseViewportAsync(Tablet);
        await SignInAsync("finance");
        await Page.GotoAsync("/screens/erp.customer-card/C10001");
        await StepAsync("tablet-customer-card");

        await Assertions.Expect(Table("Balances")).ToBeVisibleAsync();
        var scrollWidth = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.IsLessThanOrEqualTo(Tablet.Width, scrollWidth, "The customer card scrolls sideways on a tablet.");
    }

    private ILocator Section(string heading) =>
        Page.Locator("section").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) }).First;

    // A section of rows is a table captioned with the section's name.
    private ILocator Table(string caption) => Page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true });

    private async Task<JsonElement> GetJsonAsync(string route)
    {
        var response = await Page.APIRequest.GetAsync(route);
        Assert.IsTrue(response.Ok, $"{route} answered {response.Status}.");
        return (await response.JsonAsync())!.Value;
    }
}
