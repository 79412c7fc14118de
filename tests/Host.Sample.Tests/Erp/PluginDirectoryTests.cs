using Crm.Testing.Hosting;
using Host.Sample.AddOns;

namespace Host.Sample.Tests.Erp;

[TestClass]
public sealed class PluginDirectoryTests
{
    [TestMethod]
    public void It_reports_the_loaded_crm_module_with_its_version_and_a_broken_add_on_with_its_reason()
    {
        var broken = Directory.CreateTempSubdirectory("crm-addons-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(broken, "Acme.Broken")).FullName;
            File.WriteAllText(Path.Combine(folder, "Acme.Broken.dll"), "not an assembly");
            var addOns = new[]
            {
                AddOnLoader.Load(Path.Combine(RepositoryPaths.HostOutput, "addons", "Crm.Module")),
                AddOnLoader.Load(folder),
            };

            var plugins = new PluginDirectory(addOns).Plugins;

            var crm = plugins[0];
            Assert.AreEqual("Crm.Module", crm.Id);
            Assert.IsTrue(crm.Loaded, crm.Reason);
            Assert.IsNull(crm.Reason);
            Assert.IsFalse(string.IsNullOrWhiteSpace(crm.DisplayName));
            Assert.IsFalse(string.IsNullOrWhiteSpace(crm.Version));
            Assert.DoesNotContain("+", crm.Version!);

            var acme = plugins[1];
            Assert.AreEqual("Acme.Broken", acme.Id);
            Assert.AreEqual("Acme.Broken", acme.DisplayName);
            Assert.IsFalse(acme.Loaded);
            Assert.IsNull(acme.Version);
            Assert.AreEqual(addOns[1].Error, acme.Reason);
            StringAssert.Contains(acme.Reason, "BadImageFormat");
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }
}
