using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Browsers;

/// <summary>
/// Base of every browser test class: one Host.Sample and one Chromium per class
/// (<see cref="BrowserSession"/>), a fresh browser context and page per test (en-GB, desktop size),
/// numbered step screenshots, and on failure a last screenshot plus the page's HTML.
/// </summary>
public abstract class BrowserTest
{
    /// <summary>A desktop window; tests start with it.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>A tablet held upright.</summary>
    public static readonly ViewportSize Tablet = new() { Width = 768, Height = 1024 };

    // Keyed by test class: MSTest runs this base's class initialisation once per derived class.
    private static readonly ConcurrentDictionary<string, BrowserSession> Sessions = new();

    private IBrowserContext? _context;
    private IPage? _page;
    private TestArtifacts? _artifacts;

    public required TestContext TestContext { get; set; }

    /// <summary>The page the test drives.</summary>
    protected IPage Page => _page ?? throw new InvalidOperationException("The page opens in TestInitialize.");

    /// <summary>Host.Sample's address, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    protected Uri BaseAddress => Session.Host.BaseAddress;

    private BrowserSession Session => Sessions[GetType().FullName!];

    [ClassInitialize(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StartSessionAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Sessions[context.FullyQualifiedTestClassName!] = await BrowserSession.StartAsync().ConfigureAwait(false);
    }

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StopSessionAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Sessions.TryRemove(context.FullyQualifiedTestClassName!, out var session))
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    [TestInitialize]
    public async Task OpenPageAsync()
    {
        _artifacts = TestArtifacts.For(TestContext);
        await UseViewportAsync(Desktop).ConfigureAwait(false);
    }

    [TestCleanup]
    public async Task ClosePageAsync()
    {
        if (_page is not null && TestContext.CurrentTestOutcome is UnitTestOutcome.Failed or UnitTestOutcome.Error or UnitTestOutcome.Timeout)
        {
            await _artifacts!.FailureAsync(_page).ConfigureAwait(false);
        }

        if (_context is not null)
        {
            await _context.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Starts over in a new context of the given size (e.g. <see cref="Tablet"/>) and browser
    /// language; the sign-in is lost with the old context, as on a different device.
    /// </summary>
    protected async Task UseViewportAsync(ViewportSize viewport, string locale = "en-GB")
    {
        if (_context is not null)
        {
            await _context.DisposeAsync().ConfigureAwait(false);
        }

        _context = await Session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = viewport,
        }).ConfigureAwait(false);
        _page = await _context.NewPageAsync().ConfigureAwait(false);
    }

    /// <summary>Saves a full-page screenshot as the next numbered step of this test.</summary>
    protected Task StepAsync(string name) => _artifacts!.ScreenshotAsync(Page, name);

    /// <summary>Signs in through the sign-in form as a person would: finds the fields by their labels and types.</summary>
    protected static async Task SignInAsync(IPage page, string userName, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/signin").ConfigureAwait(false);
        await page.GetByLabel("User name").ClickAsync().ConfigureAwait(false);
        await page.Keyboard.TypeAsync(userName).ConfigureAwait(false);
        await page.GetByLabel("Password").ClickAsync().ConfigureAwait(false);
        await page.Keyboard.TypeAsync(password ?? userName).ConfigureAwait(false);
        await page.Keyboard.PressAsync("Enter").ConfigureAwait(false);
        await WaitUntilSignInAnsweredAsync(page).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for the answer to a sent sign-in form: the host redirects away from the bare
    /// <c>/signin</c> (to the home page, or back with <c>?error=1</c>).
    /// </summary>
    protected static Task WaitUntilSignInAnsweredAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.WaitForURLAsync(url => new Uri(url).PathAndQuery != "/signin");
    }

    /// <summary>Signs in on <see cref="Page"/>.</summary>
    protected Task SignInAsync(string userName, string? password = null) => SignInAsync(Page, userName, password);
}
