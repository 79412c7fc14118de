using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>A user picks German or Korean: labels, the shell's own texts, dates and money follow.</summary>
[TestClass]
public sealed class LanguageTests : BrowserTest
{
    [TestMethod]
    public async Task A_clerk_switches_to_german_and_to_korean_and_the_screens_follow()
    {
        await SignInAsync("clerk");
        await Page.GotoAsync("/screens/crm.inquiry-quick-log");
        await Assertions.Expect(Heading()).ToHaveTextAsync("Log an inquiry");
        await StepAsync("english");

        await PickAsync("Language", "Deutsch (Deutschland)", "Change language");
        await Assertions.Expect(Heading()).ToHaveTextAsync("Anfrage erfassen");
        await Assertions.Expect(Page.GetByLabel("Betreff")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Speichern" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await StepAsync("german");

        // German amounts and dates on the customer card: 1.234,56 and 24.11.2026.
        await Page.GotoAsync("/screens/erp.customer-card/C10001");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Aufträge", Exact = true })).ToContainTextAsync(",");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{2}\.\d{2}\.\d{4}"));
        await StepAsync("german-customer-card");

        await PickAsync("Sprache", "한국어(대한민국)", "Sprache wechseln");
        await Page.GotoAsync("/screens/crm.inquiry-quick-log");
        await Assertions.Expect(Heading()).ToHaveTextAsync("문의 등록");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "저장" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await StepAsync("korean");

        // The choice is the user's until changed: the next screen stays Korean.
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "문의 대기열" }).ClickAsync();
        await Assertions.Expect(Heading()).ToHaveTextAsync("문의 대기열");
        await StepAsync("korean-queue");
    }

    [TestMethod]
    public async Task A_korean_user_gets_korean_without_picking_and_errors_in_korean()
    {
        await SignInAsync("rep2");
        await Page.GotoAsync("/screens/crm.inquiry-quick-log");
        await Assertions.Expect(Heading()).ToHaveTextAsync("문의 등록");

        await Page.EvaluateAsync("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        await Page.GetByRole(AriaRole.Button, new() { Name = "저장" }).ClickAsync();
        await StepAsync("korean-error");

        // The shell's title and the service's own validation message beside the field are Korean.
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("일부 항목을 확인해 주세요.");
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync("Is required");
        var subject = Page.GetByLabel("제목");
        await Assertions.Expect(subject).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await subject.GetAttributeAsync("aria-describedby");
        await Assertions.Expect(Page.Locator($"[id='{describedBy!.Split(' ').Last()}']")).ToHaveTextAsync("필수 항목입니다.");
    }

    private ILocator Heading() => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private async Task PickAsync(string label, string language, string button)
    {
        await Page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = language });
        await Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }
}
