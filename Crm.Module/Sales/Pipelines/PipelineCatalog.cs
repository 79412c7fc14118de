using Crm.Abstractions.Sales;
using Crm.Module.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// The configured pipelines (or the built-in default), then plugins' pipelines and stages, and the
/// lost reasons: checked once at start. A wrong setting names itself and stops start-up; a plugin's
/// source whose pipelines or stages do not fit (a bad code, a clash, a stage for a pipeline that does
/// not exist) is left out whole, logged and reported against its plugin, and the host runs on.
/// </summary>
internal sealed partial class PipelineCatalog
{
    private readonly Dictionary<string, Pipeline> _byCode = new(StringComparer.Ordinal);

    public PipelineCatalog(IConfiguration configuration, IEnumerable<IPipelineSource> sources, PluginHealth plugins, ILogger<PipelineCatalog> logger)
    {
        var configured = PipelineSettings.ReadPipelines(configuration);
        var ordered = new List<Pipeline>(configured.Count == 0 ? [PipelineSettings.BuiltInDefault] : configured);
        var sourceList = sources.ToList();

        // Whole pipelines first, so that any source may add stages to another source's pipeline.
        var withPipelines = sourceList.Where(source => Apply(source, plugins, logger, () => AddPipelines(ordered, source))).ToList();
        foreach (var source in withPipelines)
        {
            Apply(source, plugins, logger, () => AddStages(ordered, source));
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

    /// <summary>
    /// Runs one source's change of <paramref name="ordered"/> (which the change only touches once it
    /// has checked everything); false when a plugin's source did not fit and was left out.
    /// The add-on's and the host's own sources are not caught: their defect stops start-up.
    /// </summary>
    private static bool Apply(IPipelineSource source, PluginHealth plugins, ILogger logger, Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (InvalidOperationException e) when (plugins.PluginOf(source.GetType()) is { } plugin)
        {
            LogSourceLeftOut(logger, plugin, e.Message);
            plugins.FailedAtStart(plugin, "Its pipelines were left out: " + e.Message);
            return false;
        }
    }

    private static void AddPipelines(List<Pipeline> ordered, IPipelineSource source)
    {
        var added = source.Pipelines.ToList();
        foreach (var pipeline in added)
        {
            CheckPluginPipeline(pipeline);
            if (ordered.Any(p => p.Code == pipeline.Code) || added.Count(p => p.Code == pipeline.Code) > 1)
            {
                throw new InvalidOperationException($"Two pipelines have the code '{pipeline.Code}'; codes must be unique across configuration and plugins.");
            }
        }

        ordered.AddRange(added);
    }

    private static void AddStages(List<Pipeline> ordered, IPipelineSource source)
    {
        var changed = new List<Pipeline>(ordered);
        foreach (var addition in source.Stages)
        {
            var index = changed.FindIndex(p => p.Code == addition.PipelineCode);
            if (index < 0)
            {
                throw new InvalidOperationException($"A plugin adds stage '{addition.Stage.Code}' to pipeline '{addition.PipelineCode}', which does not exist.");
            }

            changed[index] = WithStage(changed[index], addition);
        }

        ordered.Clear();
        ordered.AddRange(changed);
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin}: its pipelines and stages were left out, and the plugin is listed as failed: {Reason}")]
    private static partial void LogSourceLeftOut(ILogger logger, string plugin, string reason);
}
