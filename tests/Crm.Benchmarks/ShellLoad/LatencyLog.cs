using System.Diagnostics;

namespace Crm.Benchmarks.ShellLoad;

/// <summary>What one run of a load recorded: each request's latency and how many failed.</summary>
internal sealed class LatencyLog
{
    private readonly List<long> _ticks = [];
    private long _errors;

    public string? FirstError { get; private set; }

    public int Count
    {
        get
        {
            lock (_ticks)
            {
                return _ticks.Count;
            }
        }
    }

    public long Errors => Interlocked.Read(ref _errors);

    public void Add(long stopwatchTicks)
    {
        lock (_ticks)
        {
            _ticks.Add(stopwatchTicks);
        }
    }

    public void Fail(string error)
    {
        if (Interlocked.Increment(ref _errors) == 1)
        {
            FirstError = error;
        }
    }

    /// <summary>The latency at <paramref name="percent"/> (nearest rank) in milliseconds; 100 is the maximum.</summary>
    public double Percentile(double percent)
    {
        lock (_ticks)
        {
            if (_ticks.Count == 0)
            {
                return double.NaN;
            }

            _ticks.Sort();
            var rank = (int)Math.Ceiling(percent / 100 * _ticks.Count);
            return _ticks[Math.Clamp(rank - 1, 0, _ticks.Count - 1)] * 1000.0 / Stopwatch.Frequency;
        }
    }
}
