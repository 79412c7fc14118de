using System.Runtime.Loader;
using Crm.Abstractions.Api;
using Crm.Testing.Hosting;
using Host.Sample.AddOns;

namespace Host.Sample.Tests.AddOns;

[TestClass]
public sealed class AddOnLoaderTests
{
    private static string AddOnFolder => Path.Combine(RepositoryPaths.HostOutput, "addons");

    [TestMethod]
    public void The_build_puts_the_crm_module_into_the_add_on_folder_without_shared_assemblies()
    {
        var folder = Path.Combine(AddOnFolder, "Crm.Module");
        Assert.IsTrue(File.Exists(Path.Combine(folder, "Crm.Module.dll")), folder);

        // A private copy of a shared assembly would silently break type sharing.
        foreach (var shared in new[] { "Crm.Abstractions.dll", "Autofac.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll", "Microsoft.Data.Sqlite.dll", "SQLitePCLRaw.core.dll" })
        {
            Assert.IsFalse(File.Exists(Path.Combine(folder, shared)), $"{shared} must come from the host");
        }
    }

    [TestMethod]
    public void The_crm_module_loads_in_its_own_context_and_shares_the_hosts_contract_types()
    {
        var addOn = AddOnLoader.LoadAll(AddOnFolder).Single(a => a.Name == "Crm.Module");
        Assert.IsTrue(addOn.Loaded, addOn.Error);
        var module = addOn.Modules.Single();
        Assert.IsInstanceOfType<Autofac.Module>(module);
        Assert.AreEqual("Crm.Module.CrmModule", module.GetType().FullName);

        // Loaded through the plugin loader, not from the host's own dependencies.
        Assert.AreNotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(addOn.Assembly!));
        Assert.IsFalse(AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Crm.Module" && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default));

        // The contract the add-on compiled against is the very assembly the host uses.
        var contributorInterface = addOn.Assembly!.GetTypes().SelectMany(t => t.GetInterfaces()).First(i => i.Name == nameof(ICrmApiContributor));
        Assert.AreSame(typeof(ICrmApiContributor), contributorInterface);
    }

    [TestMethod]
    public void A_broken_add_on_is_reported_and_does_not_stop_the_others()
    {
        var folder = Directory.CreateTempSubdirectory("addons-");
        try
        {
            var broken = Directory.CreateDirectory(Path.Combine(folder.FullName, "Broken"));
            File.WriteAllText(Path.Combine(broken.FullName, "Broken.dll"), "not an assembly");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "Empty"));

            var addOns = AddOnLoader.LoadAll(folder.FullName);

            Assert.HasCount(2, addOns);
            Assert.IsTrue(addOns.All(a => !a.Loaded));
            StringAssert.Contains(addOns.Single(a => a.Name == "Broken").Error, "BadImageFormat");
            StringAssert.Contains(addOns.Single(a => a.Name == "Empty").Error, "Empty.dll");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void The_host_project_has_no_compile_time_reference_to_the_crm_module()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Host.Sample", "Host.Sample.csproj"));
        Assert.DoesNotMatchRegex(new System.Text.RegularExpressions.Regex("ProjectReference[^>]*Crm\\.Module"), project);
        Assert.IsFalse(typeof(AddOnLoader).Assembly.GetReferencedAssemblies().Any(a => a.Name == "Crm.Module"));
    }
}
