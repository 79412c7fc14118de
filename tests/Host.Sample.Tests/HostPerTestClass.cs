using System.Collections.Concurrent;
using Crm.Testing.Databases;

namespace Host.Sample.Tests;

/// <summary>
/// One started host per test class, for an abstract test base with one derived class per database
/// engine: MSTest runs the base's class initialisation and cleanup once per derived class, so the
/// host is kept under the derived class's name. An engine that cannot run here is remembered and
/// makes each test inconclusive (or failed, where the environment demands it).
/// </summary>
internal sealed class HostPerTestClass<THost>
    where THost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, THost> _hosts = new();
    private readonly ConcurrentDictionary<string, TestEnvironmentUnavailableException> _unavailable = new();

    public async Task StartAsync(TestContext context, Func<Task<THost>> start)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            _hosts[context.FullyQualifiedTestClassName!] = await start();
        }
        catch (TestEnvironmentUnavailableException e)
        {
            _unavailable[context.FullyQualifiedTestClassName!] = e;
        }
    }

    /// <summary>The host of <paramref name="testClass"/>; ends the test as inconclusive or failed when its engine is unavailable.</summary>
    public THost For(Type testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        if (_unavailable.TryGetValue(testClass.FullName!, out var reason))
        {
            if (reason.IsRequired)
            {
                Assert.Fail(reason.Message);
            }

            Assert.Inconclusive(reason.Message);
        }

        return _hosts[testClass.FullName!];
    }

    public async Task StopAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_hosts.TryRemove(context.FullyQualifiedTestClassName!, out var host))
        {
            await host.DisposeAsync();
        }
    }
}
