using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Host.Sample with a vertical plugin in the add-on's plugin folder: the add-on, itself loaded by the
/// host's plugin loader, loads the plugin into a load context of its own, and the plugin's types are
/// the shared ones (its rule and category reach the API, its module is an Autofac module). Beside
/// it, a plugin none of whose parts can be created is listed as failed and the host runs on.
/// </summary>
[TestClass]
[WithTestPlugins]
public sealed class VerticalPluginTests : HostSampleTest
{
    private const string Plugin = "Crm.TestPlugin.Good";
    [TestMethod]
    public async Task The_admin_sees_the_add_on_and_the_plugin_it_loaded()
    {
        using var admin = Host.ClientFor("admin");

        var plugins = (await admin.GetFromJsonAsync<JsonElement>("/api/crm/plugins")).EnumerateArray().ToList();

        Assert.AreEqual("Crm.Module", plugins[0].GetProperty("id").GetString());
        var plugin = plugins.Single(p => p.GetProperty("id").GetString() == Plugin);
        Assert.IsTrue(plugin.GetProperty("loaded").GetBoolean(), plugin.GetProperty("reason").GetString());
        Assert.AreEqual("1.2.0", plugin.GetProperty("version").GetString());
        Assert.IsTrue(await Host.WaitForOutputAsync($"Plugin {Plugin} 1.2.0 loaded.", TimeSpan.FromSeconds(30)), Host.Output);
    }

    [TestMethod]
    public async Task The_plugins_rule_and_category_are_the_add_ons_like_its_own()
    {
        using var admin = Host.ClientFor("admin");

        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/crm/follow-ups/rules");
        var categories = await admin.GetFromJsonAsync<JsonElement>("/api/crm/inquiries/categories");

        Assert.IsTrue(rules.EnumerateArray().Any(r => r.GetProperty("code").GetString() == "test-plugin.monthly-call"), rules.ToString());
        Assert.IsTrue(categories.EnumerateArray().Any(c => c.GetProperty("code").GetString() == "test-plugin.recall"), categories.ToString());
    }

    [TestMethod]
    public async Task A_plugin_whose_parts_cannot_be_created_is_listed_as_failed_and_the_host_runs_on()
    {
        using var admin = Host.ClientFor("admin");

        var plugins = (await admin.GetFromJsonAsync<JsonElement>("/api/crm/plugins")).EnumerateArray().ToList();

        var broken = plugins.Single(p => p.GetProperty("id").GetString() == "Crm.TestPlugin.Unbuildable");
        Assert.IsFalse(broken.GetProperty("loaded").GetBoolean());
        StringAssert.Contains(broken.GetProperty("reason").GetString(), "could not be created");
        Assert.IsTrue(plugins.Single(p => p.GetProperty("id").GetString() == Plugin).GetProperty("loaded").GetBoolean());
        Assert.IsTrue(await Host.WaitForOutputAsync("Plugin Crm.TestPlugin.Unbuildable is disabled until the host restarts", TimeSpan.FromSeconds(30)), Host.Output);
    }
}
