using BenchmarkDotNet.Attributes;
using Crm.Benchmarks.Setup;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// A full sweep of every built-in follow-up rule over data no sweep has seen: each rule's candidates
/// read, and each follow-up created with its activity, key, audit entry and outbox event. Every
/// iteration starts from the same state: <see cref="SweepState"/> removes what the previous iteration
/// wrote (a fresh copy of the database per iteration would cost more than the sweep). The baseline
/// reads the same candidate statements and INSERTs the very rows the add-on wrote (captured from one
/// sweep in the setup), 200 follow-ups per transaction as the runner batches them: the limit of the
/// same reads and writes without the add-on's per-follow-up checks, audit chain and mapping.
/// Few iterations: one sweep takes seconds.
/// </summary>
[BenchmarkCategory("FollowUpFullSweep")]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1, 1)]
public class FollowUpFullSweepBenchmark : FollowUpSweepBenchmark
{
    private SweepState _state = null!;
    private IReadOnlyList<SweepState.TableRows> _written = [];
    private int _followUps;

    [IterationSetup]
    public void Reset() => _state.ResetAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "add-on")]
    public async Task<int> AddOnAsync()
    {
        var (created, _) = await SweepAsync().ConfigureAwait(false);
        return created == _followUps ? created : throw new InvalidOperationException($"The sweep created {created} follow-ups, the first one {_followUps}: the reset missed something.");
    }

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public async Task<int> RawAsync()
    {
        var connection = await AddOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await ReadCandidatesAsync(connection).ConfigureAwait(false);
            await SweepState.InsertAsync(connection, _written, batches: (_followUps + 199) / 200).ConfigureAwait(false);
            return rows;
        }
    }

    private protected override async Task PrepareSweepAsync()
    {
        _state = await SweepState.CaptureAsync(AddOn).ConfigureAwait(false);
        (_followUps, _) = await SweepAsync().ConfigureAwait(false);
        _written = await _state.WrittenSinceAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"// Full sweep: {_followUps} follow-ups; rows written: {string.Join(", ", _written.Select(t => $"{t.Table} {t.Rows.Count}"))}.").ConfigureAwait(false);
    }
}
