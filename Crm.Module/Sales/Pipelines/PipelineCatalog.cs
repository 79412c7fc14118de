using Crm.Abstractions.Sales;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// The configured pipelines (or the built-in default), then plugins' pipelines and stages, and the
/// lost reasons: checked once at start. A wrong setting names itself; a plugin's clash names the plugin's code.
/// </summary>
internal sealed class PipelineCatalog
{
    private readonly Dictionary<string, Pipeline> _byCode = new(StringComparer.Ordinal);

    public PipelineCatalog(IConfiguration configuration, IEnumerable<IPipelineSource> sources)
    {
        var configured = PipelineSettings.ReadPipelines(configuration);
        var ordered = new List<Pipeline>(configured.Count == 0 ? [PipelineSettings.BuiltInDefault] : configured);
        var sourceList = sources.ToList();
        foreach (var pipeline in sourceList.SelectMany(s => s.Pipelines))
        {
            CheckPluginPipeline(pipeline);
            if (ordered.Any(p => p.Code == pipeline.Code))
            {
                throw new InvalidOperationException($"Two pipelines have the code '{pipeline.Code}'; codes must be unique across configuration and plugins.");
            }

            ordered.Add(pipeline);
        }

        foreach (var addition in sourceList.SelectMany(s => s.Stages))
        {
            var index = ordered.FindIndex(p => p.Code == addition.PipelineCode);
            if (index < 0)
            {
                throw new InvalidOperationException($"A plugin adds stage '{addition.Stage.Code}' to pipeline '{addition.PipelineCode}', which does not exist.");
            }

            ordered[index] = WithStage(ordered[index], addition);
        }

        foreach (var pipeline in ordered)
        {
            _byCode[pipeline.Code] = pipeline;
        }

        All = ordered;
        LostReasons = PipelineSettings.ReadLostReasons(configuration);
    }

    public IReadOnlyList<Pipeline> All { get; }

    public IReadOnlyList<LostReason> LostReasons { get; }

    public Pipeline? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public LostReason? FindReason(string? code) => LostReasons.FirstOrDefault(r => r.Code == code);

    private static Pipeline WithStage(Pipeline pipeline, PipelineStageAddition addition)
    {
        CheckStage(pipeline.Code, addition.Stage);
        if (pipeline.Stages.Any(s => s.Code == addition.Stage.Code))
        {
            throw new InvalidOperationException($"A plugin adds stage '{addition.Stage.Code}' to pipeline '{pipeline.Code}', which already has it.");
        }

        var stages = pipeline.Stages.ToList();
        var at = addition.AfterStageCode is null ? stages.Count : stages.FindIndex(s => s.Code == addition.AfterStageCode) + 1;
        if (at == 0)
        {
            throw new InvalidOperationException($"A plugin adds stage '{addition.Stage.Code}' after '{addition.AfterStageCode}', which pipeline '{pipeline.Code}' does not have.");
        }

        stages.Insert(at, addition.Stage);
        return pipeline with { Stages = stages };
    }

    private static void CheckPluginPipeline(Pipeline pipeline)
    {
        if (!PipelineSettings.IsCode(pipeline.Code) || !PipelineSettings.IsCurrency(pipeline.DefaultCurrency) || pipeline.Stages.Count == 0)
        {
            throw new InvalidOperationException($"A plugin's pipeline '{pipeline.Code}' needs a code of lower-case letters, digits and dashes, a three-letter currency and at least one stage.");
        }

        foreach (var stage in pipeline.Stages)
        {
            CheckStage(pipeline.Code, stage);
        }

        if (pipeline.Stages.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count() != pipeline.Stages.Count)
        {
            throw new InvalidOperationException($"A plugin's pipeline '{pipeline.Code}' has two stages with one code.");
        }
    }

    private static void CheckStage(string pipelineCode, PipelineStage stage)
    {
        if (!PipelineSettings.IsCode(stage.Code) || PipelineSettings.ReservedStageCodes.Contains(stage.Code) || stage.Probability is < 0 or > 100)
        {
            throw new InvalidOperationException($"Stage '{stage.Code}' of pipeline '{pipelineCode}' needs a code of lower-case letters, digits and dashes (not won or lost) and a probability from 0 to 100.");
        }
    }
}
