using Autofac;
using Crm.Module.Plugins;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// The manifest's tablePrefix is checked before a plugin's migrations could run: its form, the
/// add-on's and Quartz's prefixes, a prefix another plugin has, and migrations without a prefix.
/// </summary>
[TestClass]
public sealed class PluginTablePrefixTests
{
    private const string Vehicles = "Crm.TestPlugin.Vehicles";

    [TestMethod]
    public void Each_plugin_with_an_unusable_prefix_is_left_out_with_its_reason()
    {
        using var folder = PluginFolder.Create()
            .Add(Vehicles)
            .Add(Vehicles, "Crm.TestPlugin.NoPrefix", PluginFolder.Manifest("Crm.TestPlugin.NoPrefix"))
            .Add(Vehicles, "Crm.TestPlugin.UpperCase", PluginFolder.Manifest("Crm.TestPlugin.UpperCase", tablePrefix: "Veh2_"))
            .Add(Vehicles, "Crm.TestPlugin.NoUnderscore", PluginFolder.Manifest("Crm.TestPlugin.NoUnderscore", tablePrefix: "veh3"))
            .Add(Vehicles, "Crm.TestPlugin.AddOnsPrefix", PluginFolder.Manifest("Crm.TestPlugin.AddOnsPrefix", tablePrefix: "crm_"))
            .Add(Vehicles, "Crm.TestPlugin.QuartzPrefix", PluginFolder.Manifest("Crm.TestPlugin.QuartzPrefix", tablePrefix: "qrtz_"))
            .Add(Vehicles, "Crm.TestPlugin.VehiclesToo", PluginFolder.Manifest("Crm.TestPlugin.VehiclesToo", tablePrefix: "veh_"))
            .Add(Vehicles, "Crm.TestPlugin.InnerUnderscore", PluginFolder.Manifest("Crm.TestPlugin.InnerUnderscore", tablePrefix: "veh_x_"))
            .Add(Vehicles, "Crm.TestPlugin.OwnPrefix", PluginFolder.Manifest("Crm.TestPlugin.OwnPrefix", tablePrefix: "own2_"));

        var plugins = Load(folder).ToDictionary(p => p.Id);

        Assert.IsTrue(plugins[Vehicles].Loaded, plugins[Vehicles].Error);
        Assert.AreEqual("veh_", plugins[Vehicles].TablePrefix);
        Assert.IsTrue(plugins["Crm.TestPlugin.OwnPrefix"].Loaded, plugins["Crm.TestPlugin.OwnPrefix"].Error);
        StringAssert.Contains(plugins["Crm.TestPlugin.NoPrefix"].Error, "ships migrations but its manifest has no tablePrefix");
        StringAssert.Contains(plugins["Crm.TestPlugin.UpperCase"].Error, "lower-case letters or digits");
        StringAssert.Contains(plugins["Crm.TestPlugin.NoUnderscore"].Error, "followed by '_'");
        StringAssert.Contains(plugins["Crm.TestPlugin.AddOnsPrefix"].Error, "'crm_' is reserved");
        StringAssert.Contains(plugins["Crm.TestPlugin.QuartzPrefix"].Error, "'qrtz_' is reserved");
        StringAssert.Contains(plugins["Crm.TestPlugin.VehiclesToo"].Error, $"tablePrefix 'veh_' is already that of {Vehicles}");
        StringAssert.Contains(plugins["Crm.TestPlugin.InnerUnderscore"].Error, "lower-case letters or digits");
    }

    // The loader as the add-on runs it while the container is built; no database is needed to check manifests.
    private static IReadOnlyList<LoadedPlugin> Load(PluginFolder folder)
    {
        IReadOnlyList<LoadedPlugin> outcomes = [];
        var builder = new ContainerBuilder();
        builder.RegisterCallback(registry => outcomes = VerticalPluginLoader.LoadAll(folder.Path, registry, VerticalPluginLoader.RunningAbstractionsVersion()));
        using var container = builder.Build();
        return outcomes;
    }
}
