using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Abstractions.Extensibility;
using Crm.Testing;
using NuGet.Versioning;

namespace Plugin.Template.Tests;

/// <summary>
/// A partner's first steps, end to end: the contract packed into a local feed, the template
/// installed, a plugin "Acme.Dental" generated outside the repository (so nothing of the
/// repository's build settings leaks into it), and the generated solution tested with `dotnet test`.
/// </summary>
[TestClass]
public sealed partial class GeneratedPluginTests
{
    private const string PluginName = "Acme.Dental";

    private static string s_workFolder = string.Empty;
    private static string s_packageVersion = string.Empty;
    private static ExternalProcess.Result s_generatedTests = new(-1, string.Empty);

    private static string SolutionFolder => Path.Combine(s_workFolder, PluginName);

    private static string PluginOutputFolder => Path.Combine(SolutionFolder, PluginName, "bin", "Debug", "net10.0");

    [ClassInitialize]
    public static async Task GenerateAndTestAPluginAsync(TestContext context)
    {
        s_workFolder = Directory.CreateTempSubdirectory("crm-plugin-template-").FullName;
        var feed = Path.Combine(s_workFolder, "feed");
        var hive = Path.Combine(s_workFolder, "template-hive");

        // A version of its own, so the restore takes this build of the contract and never an older
        // package of the same version from the machine's package cache. Removed again afterwards.
        s_packageVersion = $"{Repository.ContractVersion}-templatetest.t{Guid.NewGuid():N}";
        await DotnetCli.RunCheckedAsync(Repository.Root,
            "pack", "Crm.Abstractions", "-c", "Release", "-o", feed, $"-p:Version={s_packageVersion}",
            // Its own build folders, so packing never touches the repository's bin/ and obj/.
            "--artifacts-path", Path.Combine(s_workFolder, "artifacts"));

        // A template hive of its own keeps the user's installed templates untouched.
        await DotnetCli.RunCheckedAsync(s_workFolder, "new", "install", Repository.TemplateFolder, "--debug:custom-hive", hive);
        await DotnetCli.RunCheckedAsync(s_workFolder,
            "new", "crm-plugin", "-n", PluginName, "-o", SolutionFolder,
            "--abstractions-version", s_packageVersion, "--local-feed", feed, "--debug:custom-hive", hive);

        // Its output goes into the assertion messages below, not into this run's log, whose
        // closing summary CI reads.
        s_generatedTests = await DotnetCli.RunAsync(SolutionFolder, "test");
    }

    [ClassCleanup]
    public static async Task RemoveTheGeneratedPluginAsync()
    {
        if (s_packageVersion.Length > 0)
        {
            // The restore copied this one-off package into the machine's package cache; nothing else needs it.
            var locals = await DotnetCli.RunCheckedAsync(Repository.Root, "nuget", "locals", "global-packages", "--list");
            var cache = GlobalPackagesLine().Match(locals).Groups["path"].Value.Trim();
            var package = Path.Combine(cache, "erpcrmmodule.abstractions");
            var extracted = Path.Combine(package, s_packageVersion.ToLowerInvariant());
            if (cache.Length > 0 && Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
                if (!Directory.EnumerateFileSystemEntries(package).Any())
                {
                    Directory.Delete(package);
                }
            }
        }

        if (Directory.Exists(s_workFolder))
        {
            Directory.Delete(s_workFolder, recursive: true);
        }
    }

    [GeneratedRegex(@"global-packages:\s*(?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex GlobalPackagesLine();

    [GeneratedRegex(@"^\s*(?<name>total|failed|succeeded):\s*(?<count>\d+)", RegexOptions.Multiline)]
    private static partial Regex SummaryCount();

    [TestMethod]
    public void The_generated_solution_builds_and_all_its_tests_pass()
    {
        Assert.AreEqual(0, s_generatedTests.ExitCode, s_generatedTests.Output);
        var counts = SummaryCount().Matches(s_generatedTests.Output)
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => int.Parse(g.Last().Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.IsTrue(counts.ContainsKey("total"), $"No test summary in:\n{s_generatedTests.Output}");
        Assert.AreEqual(0, counts["failed"], s_generatedTests.Output);
        Assert.IsGreaterThan(0, counts["succeeded"], s_generatedTests.Output);
        Assert.AreEqual(counts["total"], counts["succeeded"], s_generatedTests.Output);
    }

    [TestMethod]
    public void The_plugin_folder_holds_the_plugin_and_its_manifest_but_not_the_hosts_assemblies()
    {
        var files = Directory.GetFiles(PluginOutputFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        Assert.Contains($"{PluginName}.dll", files);
        Assert.Contains(PluginManifest.FileName, files);
        // The host's copies must be the ones the plugin uses; a copy here would be a second, foreign type.
        Assert.DoesNotContain("Crm.Abstractions.dll", files);
        Assert.DoesNotContain("Autofac.dll", files);
    }

    [TestMethod]
    public void The_manifest_names_the_plugin_and_admits_the_contract_it_was_built_against()
    {
        var json = File.ReadAllText(Path.Combine(PluginOutputFolder, PluginManifest.FileName));
        var manifest = JsonSerializer.Deserialize<PluginManifest>(json, JsonSerializerOptions.Web)!;

        Assert.AreEqual(PluginName, manifest.Id);
        Assert.IsTrue(NuGetVersion.TryParse(manifest.Version, out _), manifest.Version);
        Assert.IsTrue(VersionRange.Parse(manifest.Abstractions).Satisfies(NuGetVersion.Parse(Repository.ContractVersion)), manifest.Abstractions);
    }

    [TestMethod]
    public void Names_in_the_generated_code_are_the_plugins_own()
    {
        var sources = Directory.GetFiles(SolutionFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("CrmPlugin", text, StringComparison.OrdinalIgnoreCase, file);
            Assert.DoesNotContain("ABSTRACTIONS_", text, file);
            Assert.DoesNotContain("LOCAL_FEED_PATH", text, file);
        }

        Assert.Contains("\"acme.dental.serial-number\"", File.ReadAllText(Path.Combine(SolutionFolder, PluginName, "PluginFields.cs")));
    }
}
