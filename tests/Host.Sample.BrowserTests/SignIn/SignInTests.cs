using System.Text.RegularExpressions;
using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.SignIn;

/// <summary>Host.Sample's sign-in form in a real browser: the way into every screen the later tests drive.</summary>
[TestClass]
public sealed partial class SignInTests : BrowserTest
{
    [TestMethod]
    public async Task A_clerk_who_signs_in_through_the_form_lands_on_her_screens_with_her_name_shown()
    {
        await Page.GotoAsync("/signin");
        await StepAsync("sign-in-form");

        await SignInAsync("clerk");
        await StepAsync("signed-in");

        StringAssert.StartsWith(new Uri(Page.Url).AbsolutePath, "/screens/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Clara Clerk");
    }

    [TestMethod]
    public async Task A_wrong_password_shows_an_alert_and_the_form_again()
    {
        await SignInAsync("clerk", "not-the-password");
        await StepAsync("refused");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Unknown user name or wrong password.");
        await Assertions.Expect(Page.GetByLabel("User name")).ToBeVisibleAsync();
    }

    [TestMethod]
    public async Task Signing_in_works_with_the_keyboard_alone()
    {
        await Page.GotoAsync("/signin");

        // The user name field has autofocus; from there Tab, typing and Enter must be enough.
        await Assertions.Expect(Page.GetByLabel("User name")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("finance");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByLabel("Password")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("finance");
        await StepAsync("typed");
        await Page.Keyboard.PressAsync("Enter");
        await WaitUntilSignInAnsweredAsync(Page);
        await StepAsync("signed-in");

        await Assertions.Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Frieda Finance");
    }

    [TestMethod]
    public async Task The_sign_in_page_speaks_the_browsers_language()
    {
        await UseViewportAsync(Desktop, "de-DE");
        await Page.GotoAsync("/signin");
        await StepAsync("german-sign-in");

        await Assertions.Expect(Page.GetByLabel("Benutzername")).ToBeFocusedAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }

    [TestMethod]
    public async Task Korean_account_names_reach_the_browser_as_hangul()
    {
        await SignInAsync("rep2");
        var search = Uri.EscapeDataString("주식회사");
        await Page.GotoAsync($"/api/crm/accounts?search={search}&pageSize=10");
        await StepAsync("korean-accounts");

        // The screenshot shows whether the installed fonts render the glyphs; the text proves the
        // browser received Hangul (and not mojibake) from the host.
        await Assertions.Expect(Page.Locator("body")).ToContainTextAsync(Hangul());
    }

    [TestMethod]
    public async Task The_first_screen_fits_a_tablet()
    {
        await UseViewportAsync(Tablet);
        await SignInAsync("manager");
        await StepAsync("tablet-home");

        await Assertions.Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Min-jun Manager");
        var scrollWidth = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.IsLessThanOrEqualTo(Tablet.Width, scrollWidth, "The first screen scrolls sideways on a tablet.");
    }

    // Written as a range, not \p{...}: Playwright hands the pattern to the browser's JavaScript.
    [GeneratedRegex("[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();
}
