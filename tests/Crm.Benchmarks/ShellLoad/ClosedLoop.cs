using System.Diagnostics;

namespace Crm.Benchmarks.ShellLoad;

/// <summary>
/// A closed-loop load: every client sends its next request as soon as the last one is answered (or,
/// with a think time, that long after it, as a person reading the page would), for a fixed time.
/// Requests started before the end are finished and counted.
/// </summary>
internal static class ClosedLoop
{
    /// <param name="clients">How many run at the same time.</param>
    /// <param name="duration">How long they keep sending.</param>
    /// <param name="think">The pause of a client between an answer and its next request.</param>
    /// <param name="request">One request of client <c>i</c> for its <c>n</c>th item; returns null when it succeeded, else why it failed.</param>
    public static async Task<(LatencyLog Log, TimeSpan Elapsed)> RunAsync(int clients, TimeSpan duration, TimeSpan think, Func<int, long, Task<string?>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var log = new LatencyLog();
        long next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var item = Interlocked.Increment(ref next);
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await request(client, item).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Data.Common.DbException)
                {
                    error = $"{e.GetType().Name}: {e.Message}";
                }

                if (error is null)
                {
                    log.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    log.Fail(error);
                }

                if (think > TimeSpan.Zero)
                {
                    await Task.Delay(think).ConfigureAwait(false);
                }
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        return (log, clock.Elapsed);
    }
}
