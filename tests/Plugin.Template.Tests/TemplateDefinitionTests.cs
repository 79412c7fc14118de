using System.Text.Json;
using NuGet.Versioning;

namespace Plugin.Template.Tests;

/// <summary>What the template promises without generating anything: current defaults, kept out of the repository build.</summary>
[TestClass]
public sealed class TemplateDefinitionTests
{
    private static JsonElement Symbol(string name)
    {
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.TemplateFolder, ".template.config", "template.json")));
        return template.RootElement.GetProperty("symbols").GetProperty(name).Clone();
    }

    [TestMethod]
    public void The_default_package_version_is_the_current_contract_version()
    {
        Assert.AreEqual(Repository.ContractVersion, Symbol("AbstractionsVersion").GetProperty("defaultValue").GetString(),
            "Move AbstractionsVersion and AbstractionsRange in plugins/template/.template.config/template.json with <Version> of Crm.Abstractions.");
    }

    [TestMethod]
    public void The_default_manifest_range_admits_the_current_contract_but_not_its_next_breaking_version()
    {
        var range = VersionRange.Parse(Symbol("AbstractionsRange").GetProperty("defaultValue").GetString()!);
        var current = NuGetVersion.Parse(Repository.ContractVersion);
        // While the contract is 0.x a new minor version breaks; from 1.0 on a new major does.
        var nextBreaking = current.Major == 0 ? new NuGetVersion(0, current.Minor + 1, 0) : new NuGetVersion(current.Major + 1, 0, 0);

        Assert.IsTrue(range.Satisfies(current), $"{range} does not admit {current}.");
        Assert.IsFalse(range.Satisfies(nextBreaking), $"{range} admits {nextBreaking}, which may break the plugin.");
    }

    [TestMethod]
    public void The_template_is_not_part_of_the_repository_build()
    {
        // Its projects carry placeholder names and versions; built with the repository they would fail.
        var solution = File.ReadAllText(Path.Combine(Repository.Root, "ErpCrmModule.sln"));

        Assert.DoesNotContain(@"plugins\template", solution);
        Assert.DoesNotContain("Company.CrmPlugin", solution);
    }
}
