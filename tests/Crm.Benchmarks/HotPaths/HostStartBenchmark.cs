using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Crm.Benchmarks.Hosting;
using Crm.Benchmarks.Setup;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// Host cold start: from creating the <c>dotnet Host.Sample.dll</c> process to its first 200, on a
/// copy of the generated database that is already migrated (one start before the measurements
/// migrates the plugins' tables and stores the schedules; later starts find them done). The
/// baseline is the same host without any add-on answering its own ERP API; beside it the host with
/// the add-on and its two vertical plugins (Automotive, MedicalDevices) answering the same route,
/// and answering the add-on's account screen (the first screen also compiles the shell's code).
/// Each measured start is one invocation; the process is killed after it.
/// </summary>
[BenchmarkCategory("HostStart")]
[WarmupCount(1)]
[IterationCount(10)]
[InvocationCount(1)]
public class HostStartBenchmark : IDisposable
{
    private ScratchCopy? _copy;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private SampleHost? _host;
    private string _erpRoute = string.Empty;
    private string _screenRoute = string.Empty;

    [GlobalSetup]
    public async Task CopyAndMigrateAsync()
    {
        _copy = await ScratchCopy.CreateAsync(BenchmarkTarget.Current).ConfigureAwait(false);
        var account = await BusiestAccount.FindAsync(_copy.Target).ConfigureAwait(false);
        _erpRoute = $"/api/erp/customers/{account}";
        _screenRoute = $"/screens/erp.customer-card/{account}";

        // Basic on loopback, as scripts call the host; each start needs a new connection (the old host is gone).
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin")));
        await using var first = SampleHost.Start(_copy.Target, withAddOn: true);
        await first.FirstSuccessAsync(_client, _screenRoute).ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "host without add-on, ERP API")]
    public Task<TimeSpan> WithoutAddOnAsync() => StartAsync(withAddOn: false, _erpRoute);

    [Benchmark(Description = "host with add-on + 2 plugins, ERP API")]
    public Task<TimeSpan> WithAddOnAsync() => StartAsync(withAddOn: true, _erpRoute);

    [Benchmark(Description = "host with add-on + 2 plugins, account screen")]
    public Task<TimeSpan> WithAddOnAccountScreenAsync() => StartAsync(withAddOn: true, _screenRoute);

    [IterationCleanup]
    public void Stop()
    {
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _host = null;
    }

    [GlobalCleanup]
    public async Task DropAsync()
    {
        if (_copy is not null)
        {
            await _copy.Drop().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<TimeSpan> StartAsync(bool withAddOn, string route)
    {
        _host = SampleHost.Start(_copy!.Target, withAddOn);
        return _host.FirstSuccessAsync(_client, route);
    }
}
