using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// One short job for every hot path: in process (no project is generated and built per run, which
/// on a 2-core machine costs minutes; the database is already prepared for this process), 3 warm-up
/// and 20 measured iterations of about half a second each, with allocations, the median beside the
/// mean (a shared machine has outliers), and the ratio to the baseline of the same path (each class is its own category). One table for all paths,
/// also written as GitHub markdown and CSV into the results folder.
/// </summary>
internal static class HotPathConfig
{
    public static IConfig Create(string artifactsPath) => ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(20)
            .WithId("HotPath"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
        .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
        .WithOptions(ConfigOptions.JoinSummary)
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
        .WithArtifactsPath(artifactsPath);
}
