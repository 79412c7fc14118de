using System.Collections.Concurrent;
using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Module.Tests.Events;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// The add-on on a seeded SQLite database with a plugin folder holding Crm.TestPlugin.Good and one
/// misbehaving plugin, plus a recording event handler of the host's own: what the isolation tests
/// compare the misbehaving plugin against.
/// </summary>
internal sealed class BesideTheGoodPlugin : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly PluginFolder _folder;
    private readonly AddOnOnDatabase _run;

    private BesideTheGoodPlugin(PluginFolder folder, AddOnOnDatabase run, RecordingHandler recorder)
    {
        _folder = folder;
        _run = run;
        Recorder = recorder;
    }

    public RecordingHandler Recorder { get; }

    public AddOnUnderTest AddOn => _run.AddOn;

    public IContainer Container => _run.AddOn.Container;

    /// <param name="plugin">The misbehaving test plugin's id.</param>
    /// <param name="settings">Settings beyond the inquiry defaults, the plugin folder and the good plugin's rule parameters.</param>
    public static async Task<BesideTheGoodPlugin> StartAsync(string plugin, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = PluginFolder.Create().Add("Crm.TestPlugin.Good").Add(plugin);
        var all = InquiryTestSettings.For("HostSample");
        all["Crm:Plugins:Folder"] = folder.Path;
        all["Crm:FollowUps:Rules:test-plugin.monthly-call:Parameters:accounts"] = "C10001";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var recorder = new RecordingHandler();
        var run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            all,
            new FixedClock(Now),
            builder => builder.RegisterInstance(recorder).As<ICrmEventHandler<CrmEvent>>());
        return new BesideTheGoodPlugin(folder, run, recorder);
    }

    /// <summary>What the add-on reports about a plugin.</summary>
    public PluginStatus StatusOf(string id) =>
        Container.Resolve<IEnumerable<IPluginDirectory>>().SelectMany(d => d.Plugins).Single(p => p.Id == id);

    public async ValueTask DisposeAsync()
    {
        await _run.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>The host's own handler of every event, recording what reached it.</summary>
internal sealed class RecordingHandler : ICrmEventHandler<CrmEvent>
{
    public ConcurrentQueue<Guid> Received { get; } = new();

    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        Received.Enqueue(crmEvent.EventId);
        return Task.CompletedTask;
    }
}
