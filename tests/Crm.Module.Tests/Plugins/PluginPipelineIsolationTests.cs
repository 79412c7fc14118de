using Autofac;
using Crm.Module.Sales.Pipelines;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// A plugin whose pipeline clashes with the built-in one: the add-on starts, leaves the plugin's
/// pipelines and stages out whole (also the one that would have fitted), and lists it as failed.
/// </summary>
[TestClass]
public sealed class PluginPipelineIsolationTests
{
    private const string BadPipeline = "Crm.TestPlugin.BadPipeline";
    private BesideTheGoodPlugin? _run;

    [TestInitialize]
    public async Task StartAsync() => _run = await BesideTheGoodPlugin.StartAsync(BadPipeline);

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public void The_plugins_pipelines_are_left_out_whole_and_it_is_listed_as_failed()
    {
        var pipelines = _run!.Container.Resolve<PipelineCatalog>();

        Assert.IsNull(pipelines.Find("test-plugin-rental"), "the source is left out whole");
        Assert.AreEqual("Sales", pipelines.Find("default")!.Name, "the built-in pipeline, not the plugin's clashing one");
        Assert.IsFalse(pipelines.Find("default")!.Stages.Any(s => s.Code == "test-plugin-visit"), "its stages are left out with its pipelines");

        var status = _run.StatusOf(BadPipeline);
        Assert.IsFalse(status.Loaded);
        StringAssert.Contains(status.Reason, "Its pipelines were left out: Two pipelines have the code 'default'");
        Assert.IsTrue(_run.StatusOf("Crm.TestPlugin.Good").Loaded);
    }
}
