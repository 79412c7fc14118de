using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Crm.Testing.Databases;

namespace Crm.Testing.Hosting;

/// <summary>
/// Host.Sample started as a real process (<c>dotnet Host.Sample.dll</c>) on a free loopback port,
/// with its data folder in a temporary directory. Disposing stops it and deletes the data.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;

    private HostProcess(Process process, Uri baseAddress, string dataFolder, bool ownsDataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
        _ownsDataFolder = ownsDataFolder;
    }

    public Uri BaseAddress { get; }

    /// <summary>The folder holding the host's SQLite files (<c>erp.db</c>), for tests that inspect what was stored.</summary>
    public string DataFolder => _dataFolder;

    /// <summary>Everything the host wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts the host; <paramref name="environment"/> overrides configuration (e.g.
    /// <c>Crm__Erp__Invoices__DueDate</c>). Without <paramref name="dataFolder"/> the host gets a
    /// temporary one that disposing deletes; a given folder is left for the caller.
    /// </summary>
    /// <summary>
    /// How Host.Sample is started, for tools that run it themselves: <c>dotnet Host.Sample.dll</c>
    /// from its build output, listening on <paramref name="baseAddress"/>, production settings, output redirected.
    /// </summary>
    public static ProcessStartInfo StartInfo(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.HostOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.HostOutput, "Host.Sample.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>A free loopback port for a host to listen on.</summary>
    public static int FreePort() => FreeTcpPort.Next();

    public static HostProcess Start(IReadOnlyDictionary<string, string>? environment = null, string? dataFolder = null)
    {
        var port = FreeTcpPort.Next();
        var ownsDataFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("crm-host-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = StartInfo(baseAddress);
        start.Environment["Erp__Database__DataFolder"] = dataFolder;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, baseAddress, dataFolder, ownsDataFolder);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the host answers HTTP, or fails with its output when it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Host.Sample exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative)).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
            {
                // Not listening yet, or listening but too busy starting to answer within the client's
                // timeout (a loaded machine starting several hosts at once): asked again until the deadline.
                await Task.Delay(200).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"Host.Sample did not answer within {timeout}:\n{Output}");
    }

    /// <summary>
    /// Waits until the host has written <paramref name="text"/>: the console logger writes from a
    /// queue of its own, so a line logged at start may arrive after the host already answers HTTP.
    /// Returns false when it has not come within <paramref name="timeout"/> (assert on that with the output).
    /// </summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow >= deadline || _process.HasExited)
            {
                return Output.Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Waits for the process to end by itself (e.g. after a failed start).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>A client that signs in as a demo user with HTTP Basic.</summary>
    public HttpClient ClientFor(string userName, string? password = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password ?? userName}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }

    /// <summary>Kills the host the way a crash would (SIGKILL: no shutdown, nothing flushed), keeping its data; disposing it later is still needed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        if (_ownsDataFolder)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
