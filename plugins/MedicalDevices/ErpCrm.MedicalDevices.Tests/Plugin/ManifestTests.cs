using System.Text.Json;
using Crm.Abstractions.Extensibility;

namespace ErpCrm.MedicalDevices.Tests.Plugin;

/// <summary>The manifest that ships beside the plugin's assembly.</summary>
[TestClass]
public sealed class ManifestTests
{
    [TestMethod]
    public void The_manifest_names_the_assembly_and_claims_the_med_tables()
    {
        var path = Path.Combine(Path.GetDirectoryName(typeof(MedicalDevicesModule).Assembly.Location)!, PluginManifest.FileName);

        var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), JsonSerializerOptions.Web);

        Assert.IsNotNull(manifest);
        Assert.AreEqual((typeof(MedicalDevicesModule).Assembly.GetName().Name, "med_"), (manifest.Id, manifest.TablePrefix));
    }
}
