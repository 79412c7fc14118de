using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Sales;
using Crm.Benchmarks.Setup;
using Crm.Module.Sales.Pipelines;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// The board of the <c>new-business</c> pipeline as an administrator sees it (every owner): figures
/// per stage and currency and the first 25 open opportunities of every stage.
/// </summary>
[BenchmarkCategory("PipelineBoard")]
public class PipelineBoardBenchmark : AddOnBenchmark
{
    private const string Pipeline = "new-business";

    private IPipelineService _pipelines = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<PipelineBoard> AddOnAsync() => _pipelines.GetBoardAsync(Pipeline, PageSize);

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _pipelines = AddOn.Container.Resolve<IPipelineService>();

        // An administrator sees every owner, so the add-on runs the statement without the owner filter.
        var stages = _pipelines.Pipelines.Single(p => p.Code == Pipeline).Stages;
        _statements = AddOn.Container.Resolve<PipelineBoardSql>().For(filterOwners: false, stages.Count);
        _parameters = new Dictionary<string, object?> { ["pipeline"] = Pipeline, ["skip"] = 0, ["take"] = PageSize };
        for (var i = 0; i < stages.Count; i++)
        {
            _parameters[PipelineBoardSql.StageParameter(i)] = stages[i].Code;
        }
        return Task.CompletedTask;
    }
}
