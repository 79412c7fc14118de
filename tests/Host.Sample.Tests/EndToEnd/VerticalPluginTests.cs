using System.Net.Http.Json;
using System.Text.Json;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Host.Sample with a vertical plugin in the add-on's plugin folder: the add-on, itself loaded by the
/// host's plugin loader, loads the plugin into a load context of its own, and the plugin's types are
/// the shared ones (its rule and category reach the API, its module is an Autofac module).
/// </summary>
[TestClass]
public sealed class VerticalPluginTests
{
    private const string Plugin = "Crm.TestPlugin.Good";
    private static HostProcess? _host;

    private static HostProcess Host => _host!;

    [ClassInitialize]
    public static async Task StartHostAsync(TestContext context)
    {
        _host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Crm__Plugins__Folder"] = Path.Combine(AppContext.BaseDirectory, "test-plugins"),
        });
        await _host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    [ClassCleanup]
    public static async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

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
}
