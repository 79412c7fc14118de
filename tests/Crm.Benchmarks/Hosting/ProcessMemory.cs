using System.Globalization;

namespace Crm.Benchmarks.Hosting;

/// <summary>
/// Samples another process's memory from <c>/proc/&lt;pid&gt;/status</c> every 50 ms (Linux only; no
/// dotnet-counters needed): resident set (<c>VmRSS</c>), its anonymous part (<c>RssAnon</c>: the
/// heaps, what private bytes mean on Linux) and the kernel's own peak of the resident set
/// (<c>VmHWM</c>, which catches a peak between two samples). The peaks are kept per phase.
/// </summary>
internal sealed class ProcessMemory : IAsyncDisposable
{
    private readonly string _statusFile;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly List<MemoryPhase> _phases = [];
    private MemoryPhase _current;

    private ProcessMemory(int processId, string firstPhase)
    {
        _statusFile = $"/proc/{processId}/status";
        _current = new MemoryPhase(firstPhase);
        _phases.Add(_current);
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>The phases so far, each with its peaks in kB.</summary>
    public IReadOnlyList<MemoryPhase> Phases
    {
        get
        {
            lock (_phases)
            {
                return [.. _phases];
            }
        }
    }

    public static ProcessMemory Watch(int processId, string firstPhase) => new(processId, firstPhase);

    /// <summary>Ends the current phase with one more sample and starts the next.</summary>
    public void BeginPhase(string name)
    {
        Sample();
        lock (_phases)
        {
            _current = new MemoryPhase(name);
            _phases.Add(_current);
        }

        Sample();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampling.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(_statusFile);
        }
        catch (IOException)
        {
            return; // the process has ended
        }

        long rss = 0, anonymous = 0, highWater = 0;
        foreach (var line in lines)
        {
            rss = line.StartsWith("VmRSS:", StringComparison.Ordinal) ? Kilobytes(line) : rss;
            anonymous = line.StartsWith("RssAnon:", StringComparison.Ordinal) ? Kilobytes(line) : anonymous;
            highWater = line.StartsWith("VmHWM:", StringComparison.Ordinal) ? Kilobytes(line) : highWater;
        }

        lock (_phases)
        {
            _current.Add(rss, anonymous, highWater);
        }
    }

    // "VmRSS:	  165484 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
