using System.Collections.Concurrent;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Base of the end-to-end classes that need one plain Host.Sample: started once per derived class on
/// a fresh SQLite data folder, stopped after its last test.
/// </summary>
public abstract class HostSampleTest
{
    // Keyed by test class: MSTest runs this base's class initialisation once per derived class.
    private static readonly ConcurrentDictionary<string, HostProcess> Hosts = new();

    /// <summary>The running host of this test class.</summary>
    protected HostProcess Host => Hosts[GetType().FullName!];

    [ClassInitialize(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StartHostAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = HostProcess.Start();
        Hosts[context.FullyQualifiedTestClassName!] = host;
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static async Task StopHostAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Hosts.TryRemove(context.FullyQualifiedTestClassName!, out var host))
        {
            await host.DisposeAsync();
        }
    }
}
