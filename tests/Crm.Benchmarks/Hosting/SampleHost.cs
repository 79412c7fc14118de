using System.Diagnostics;
using System.Net;
using Crm.Abstractions.Erp;
using Crm.Benchmarks.Setup;
using Crm.Testing.Hosting;

namespace Crm.Benchmarks.Hosting;

/// <summary>
/// A real Host.Sample process (<c>dotnet Host.Sample.dll</c> from its Release output, as
/// tests/Crm.Testing's <c>HostProcess</c> starts it) on a benchmark database, with the add-on and its
/// two vertical plugins or without any add-on. It never seeds demo data: the database already holds
/// the generated ERP data. The clock runs from just before the process is created.
/// </summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private SampleHost(Process process, Uri baseAddress, Stopwatch sinceStart)
    {
        _process = process;
        BaseAddress = baseAddress;
        SinceStart = sinceStart;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Time since the process was created.</summary>
    public Stopwatch SinceStart { get; }

    /// <summary>
    /// The processor time the host has used so far (all its threads): on a shared machine a steadier
    /// figure of what starting costs than the wall-clock time, which includes waiting for a core.
    /// </summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The host's last lines of output, for a failure message.</summary>
    public string LastOutput
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join(Environment.NewLine, _lastLines);
            }
        }
    }

    public static SampleHost Start(BenchmarkTarget target, bool withAddOn)
    {
        ArgumentNullException.ThrowIfNull(target);
        var baseAddress = new Uri($"http://127.0.0.1:{HostProcess.FreePort()}/");
        var start = HostProcess.StartInfo(baseAddress);
        start.Environment["Erp__Database__Engine"] = target.Engine == DatabaseEngine.Sqlite ? "Sqlite" : "PostgreSql";
        start.Environment["Erp__Database__ConnectionString"] = target.ConnectionString;
        start.Environment["Erp__SeedDemoData"] = "false";
        if (!withAddOn)
        {
            // An add-on folder that does not exist: the host starts with its own ERP only.
            start.Environment["HostSample__AddOnFolder"] = "no-add-ons";
        }

        var process = new Process { StartInfo = start };
        var host = new SampleHost(process, baseAddress, new Stopwatch());
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host.SinceStart.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>
    /// Asks <paramref name="path"/> every 10 ms until it answers 200 and returns the time from process
    /// start to that answer; fails with the host's output when it exits or takes longer than a minute.
    /// </summary>
    public async Task<TimeSpan> FirstSuccessAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = TimeSpan.FromMinutes(1);
        while (SinceStart.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Host.Sample exited with code {_process.ExitCode}:{Environment.NewLine}{LastOutput}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, path)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        throw new TimeoutException($"Host.Sample did not answer {path} within {deadline}:{Environment.NewLine}{LastOutput}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
