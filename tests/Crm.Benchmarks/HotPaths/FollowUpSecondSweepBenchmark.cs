using BenchmarkDotNet.Attributes;
using Crm.Benchmarks.Setup;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// A sweep of every built-in follow-up rule right after a full one: nothing is new, so every
/// proposal is found already created and skipped (fewer are proposed: the first sweep's
/// activities count as contact for the order rule). The setup runs the full sweep once. The baseline
/// reads the same candidate statements and every follow-up key (what a sweep must compare the
/// candidates with), and writes nothing.
/// </summary>
[BenchmarkCategory("FollowUpSecondSweep")]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1, 1)]
public class FollowUpSecondSweepBenchmark : FollowUpSweepBenchmark
{
    private const string Keys = "SELECT rule_code, subject_key, period FROM crm_follow_ups";

    private int _followUps;

    [Benchmark(Description = "add-on")]
    public async Task<int> AddOnAsync()
    {
        var (created, skipped) = await SweepAsync().ConfigureAwait(false);
        return created == 0 ? skipped : throw new InvalidOperationException($"The second sweep created {created} follow-ups (the first {_followUps}); it should find nothing new.");
    }

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public async Task<int> RawAsync()
    {
        var connection = await AddOn.OpenRawAsync().ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await ReadCandidatesAsync(connection).ConfigureAwait(false);
            using var keys = RawCommand.Create(connection, Keys, new Dictionary<string, object?>());
            return rows + (await RawCommand.ReadAllAsync(keys).ConfigureAwait(false)).Count;
        }
    }

    private protected override async Task PrepareSweepAsync()
    {
        (_followUps, _) = await SweepAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"// First sweep: {_followUps} follow-ups.").ConfigureAwait(false);
    }
}
