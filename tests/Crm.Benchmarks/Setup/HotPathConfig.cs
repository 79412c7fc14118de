using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// One short job for every hot path: in process (no project is generated and built per run, which
/// on a 2-core machine costs minutes; the database is already open to this process), 3 warm-up and
/// 15 measured iterations of about half a second each, with allocations and the ratio to the baseline.
/// </summary>
internal static class HotPathConfig
{
    public static IConfig Create(string artifactsPath) => ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("HotPath"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.P95)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
        .WithArtifactsPath(artifactsPath);
}
