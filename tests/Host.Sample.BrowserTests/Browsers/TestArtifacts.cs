using System.Globalization;
using Crm.Testing.Hosting;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Browsers;

/// <summary>
/// One test's screenshots and page dumps, numbered in the order the test took them, under
/// <c>{CRM_SCREENSHOT_DIR or &lt;repo&gt;/TestResults/screenshots}/{TestClass}/{TestName}/</c>. Only
/// a failure's files are also attached to the test result: attaching every step would copy each
/// picture again and list it in the console for every passing test.
/// </summary>
internal sealed class TestArtifacts
{
    public const string DirectoryVariable = "CRM_SCREENSHOT_DIR";

    private readonly TestContext _testContext;
    private int _count;

    private TestArtifacts(TestContext testContext, string folder)
    {
        _testContext = testContext;
        Folder = folder;
    }

    public string Folder { get; }

    public static string Root => Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } root
        ? root
        : Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    /// <summary>An empty folder for the running test (a previous run's pictures would mislead).</summary>
    public static TestArtifacts For(TestContext testContext)
    {
        var testClass = testContext.FullyQualifiedTestClassName?.Split('.')[^1] ?? "UnknownClass";
        var folder = Path.Combine(Root, SafeName(testClass), SafeName(testContext.TestName ?? "UnknownTest"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return new TestArtifacts(testContext, folder);
    }

    /// <summary>Saves a full-page screenshot named <c>{NN}-{name}.png</c> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        _count++;
        var path = Path.Combine(Folder, $"{_count.ToString("00", CultureInfo.InvariantCulture)}-{SafeName(name)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }).ConfigureAwait(false);
        return path;
    }

    /// <summary>Saves what the page showed and held when the test failed: a screenshot and its HTML.</summary>
    public async Task FailureAsync(IPage page)
    {
        var screenshot = await ScreenshotAsync(page, "failure").ConfigureAwait(false);
        var html = Path.ChangeExtension(screenshot, "html");
        await File.WriteAllTextAsync(html, await page.ContentAsync().ConfigureAwait(false)).ConfigureAwait(false);
        _testContext.AddResultFile(screenshot);
        _testContext.AddResultFile(html);
    }

    // Test names from data rows carry quotes, commas and parentheses; keep file names portable.
    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) || c is '"' or '(' or ')' or ',' or ':' ? '-' : c);
        return new string(chars.ToArray());
    }
}
