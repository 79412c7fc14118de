using Crm.Testing.Hosting;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Browsers;

/// <summary>
/// What one test class shares: Host.Sample started as a process on a fresh SQLite data folder, and
/// one headless Chromium. Tests get their own <see cref="IBrowserContext"/> (cookies, storage), so
/// sharing the browser and the host keeps the class fast without letting tests see each other's
/// sign-in.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(HostProcess host, IPlaywright playwright, IBrowser browser)
    {
        Host = host;
        _playwright = playwright;
        Browser = browser;
    }

    public HostProcess Host { get; }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        // Checked before anything starts, so a machine without Chromium skips in a moment.
        var chromium = ChromiumExecutable.FindOrSkip();
        var host = HostProcess.Start();
        IPlaywright? playwright = null;
        try
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90)).ConfigureAwait(false);

            // Playwright's driver (a Node.js program) ships inside the NuGet package and is copied to
            // the output folder; it only talks to the browser, and never downloads one when
            // ExecutablePath is given.
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);

            // Expect(...) waits for the page to reach the expected state; its default limit of 5 s
            // is too short on a busy two-core CI machine running several test projects at once. This
            // bounds the wait, it asserts nothing about speed.
            Assertions.SetDefaultExpectTimeout(30_000);
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,

                // Chromium's sandbox needs unprivileged user namespaces and refuses to start as root
                // without them; CI and containers run the tests as root. The pages come only from
                // our own host on loopback, so running them unsandboxed costs nothing here.
                Args = ["--no-sandbox"],
            }).ConfigureAwait(false);
            return new BrowserSession(host, playwright, browser);
        }
        catch
        {
            playwright?.Dispose();
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
        await Host.DisposeAsync().ConfigureAwait(false);
    }
}
