using System.Text.Json;
using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>An order clerk on the phone: the quick log is keyboard-first, and what she logs is in the queue.</summary>
[TestClass]
public sealed class ClerkInquiryTests : BrowserTest
{
    [TestMethod]
    public async Task A_clerk_logs_an_inquiry_on_an_order_in_under_ten_keystrokes_after_the_account_and_finds_it_in_the_queue()
    {
        await SignInAsync("clerk");
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Log an inquiry" }).ClickAsync();
        await StepAsync("quick-log");

        // The account: search as you type, pick the first match with the keyboard.
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Account" }).FocusAsync();
        await Page.Keyboard.TypeAsync("Davies Roast");
        var match = Page.GetByRole(AriaRole.Option, new() { Name = "Davies Roasters LLC" });
        await Assertions.Expect(match).ToBeVisibleAsync();
        await StepAsync("account-search");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Account" })).ToHaveValueAsync("C10001");
        var newestOrder = await NewestOrderOfAsync("C10001");
        var orderPicker = Page.GetByLabel("Order", new() { Exact = true });
        await Assertions.Expect(orderPicker.Locator($"option[value='{newestOrder}']")).ToBeAttachedAsync();

        // From here on every key counts: to the order picker, its first order, to the subject, a word, save.
        var keys = new KeyCounter(Page);
        await keys.PressAsync("Tab");
        await Assertions.Expect(orderPicker).ToBeFocusedAsync();
        await keys.PressAsync("ArrowDown");
        await Assertions.Expect(orderPicker).ToHaveValueAsync(newestOrder);
        await keys.PressAsync("Tab");
        await Assertions.Expect(Page.GetByLabel("Subject")).ToBeFocusedAsync();
        await keys.TypeAsync("Late");
        await StepAsync("filled");
        await keys.PressAsync("Control+Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done");
        await StepAsync("saved");

        Assert.IsLessThan(10, keys.Count, $"{keys.Count} keystrokes after the account.");
        var logged = await OpenInquiryAsync("Late");
        Assert.AreEqual("C10001", logged.GetProperty("accountKey").GetString());
        Assert.AreEqual(newestOrder, logged.GetProperty("orderKey").GetString());
        Assert.AreEqual("Phone", logged.GetProperty("channel").GetString());

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inquiry queue" }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Late" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(logged.GetProperty("number").GetString()!);
        await Assertions.Expect(row).ToContainTextAsync(newestOrder);
        await StepAsync("queue");
    }

    [TestMethod]
    public async Task A_quick_log_without_a_subject_keeps_what_was_typed_and_names_the_field()
    {
        await SignInAsync("clerk");
        var before = (await InquiriesAsync()).GetProperty("totalCount").GetInt64();
        await Page.GotoAsync("/screens/crm.inquiry-quick-log");
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Account" }).FillAsync("C10001");

        // Past the browser's own required check, so that the service's answer is what shows.
        await Page.EvaluateAsync("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await StepAsync("refused");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Some fields need your attention.");
        await Assertions.Expect(Page.GetByLabel("Subject")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Account" })).ToHaveValueAsync("C10001");
        var after = (await InquiriesAsync()).GetProperty("totalCount").GetInt64();
        Assert.AreEqual(before, after, "A refused quick log wrote an inquiry.");
    }

    private async Task<string> NewestOrderOfAsync(string account)
    {
        var orders = await GetJsonAsync($"/api/crm/accounts/{account}/orders");
        return orders.GetProperty("items")[0].GetProperty("key").GetString()!;
    }

    private async Task<JsonElement> OpenInquiryAsync(string subject)
    {
        var open = await InquiriesAsync();
        return open.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("subject").GetString() == subject);
    }

    private Task<JsonElement> InquiriesAsync() => GetJsonAsync("/api/crm/inquiries?view=Open");

    // The browser's own session asks the API, so the test sees what the signed-in clerk may see.
    private async Task<JsonElement> GetJsonAsync(string route)
    {
        var response = await Page.APIRequest.GetAsync(route);
        Assert.IsTrue(response.Ok, $"{route} answered {response.Status}.");
        return (await response.JsonAsync())!.Value;
    }
}
