namespace Host.Sample.BrowserTests.Browsers;

/// <summary>
/// The Chromium the tests drive: Debian's <c>chromium</c> package (or <see cref="PathVariable"/>),
/// never a browser Playwright downloads, so a test run needs no network. Without it the tests are
/// skipped on a developer's machine and fail where the run demands a browser (<c>.ci/run</c> sets
/// <see cref="RequireVariable"/>, so a broken install cannot turn the browser suite silently green).
/// </summary>
internal static class ChromiumExecutable
{
    public const string PathVariable = "CRM_CHROMIUM";

    public const string RequireVariable = "CRM_REQUIRE_BROWSER";

    private const string DebianPath = "/usr/bin/chromium";

    public static string Path => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DebianPath;

    /// <summary>Returns the executable's path, or ends the test as skipped (or failed, when required).</summary>
    public static string FindOrSkip()
    {
        var path = Path;
        if (File.Exists(path))
        {
            return path;
        }

        var reason = $"Chromium is not installed at {path} (install Debian's chromium package, or set {PathVariable})";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            throw new AssertFailedException($"{reason}. {RequireVariable}=1 demands a browser, so this is a failure");
        }

        throw new AssertInconclusiveException($"{reason}. Browser tests are skipped (set {RequireVariable}=1 to make this a failure)");
    }
}
