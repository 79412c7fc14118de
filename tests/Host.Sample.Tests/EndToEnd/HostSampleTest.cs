using System.Collections.Concurrent;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Base of the end-to-end classes that need one plain Host.Sample: started once per derived class on
/// a fresh SQLite data folder, stopped after its last test. A class marked
/// <see cref="WithTestPluginsAttribute"/> gets the test plugins as the add-on's vertical plugins.
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
        var testClass = typeof(HostSampleTest).Assembly.GetType(context.FullyQualifiedTestClassName!);
        var host = HostProcess.Start(testClass?.IsDefined(typeof(WithTestPluginsAttribute), inherit: false) == true
            ? new Dictionary<string, string> { ["Crm__Plugins__Folder"] = Path.Combine(AppContext.BaseDirectory, "test-plugins") }
            : null);
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

/// <summary>
/// Marks a <see cref="HostSampleTest"/> class whose host loads the test plugins (built like partners'
/// and copied into <c>test-plugins/</c> beside the tests) from the add-on's plugin folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WithTestPluginsAttribute : Attribute;
