namespace Crm.Abstractions.Sales;

/// <summary>
/// A sales pipeline: the ordered stages an opportunity passes through before it is won or lost.
/// Won and lost are outcomes of every pipeline, never configured stages. Pipelines come from
/// configuration (<c>Crm:Sales:Pipelines</c>), a built-in default when none is configured, and
/// plugins (<see cref="IPipelineSource"/>).
/// </summary>
/// <param name="Code">Stable code, lower-case with dashes, unique across all pipelines.</param>
/// <param name="Name">Name for people.</param>
/// <param name="DefaultCurrency">ISO 4217 currency a new opportunity takes when the caller names none.</param>
/// <param name="Stages">The open stages in their order; at least one.</param>
public sealed record Pipeline(string Code, string Name, string DefaultCurrency, IReadOnlyList<PipelineStage> Stages);

/// <summary>One open stage of a <see cref="Pipeline"/>.</summary>
/// <param name="Code">Stable code, unique within its pipeline.</param>
/// <param name="Name">Name for people.</param>
/// <param name="Probability">Chance of winning, 0 to 100, that an opportunity takes on entering the stage unless set by hand.</param>
public sealed record PipelineStage(string Code, string Name, int Probability);

/// <summary>
/// A stage a plugin adds to an existing pipeline (a configured one, the built-in <c>default</c>, or
/// another plugin's).
/// </summary>
/// <param name="PipelineCode">The pipeline that receives the stage.</param>
/// <param name="Stage">The stage; its code must be new in that pipeline.</param>
/// <param name="AfterStageCode">The stage it follows; null puts it last.</param>
public sealed record PipelineStageAddition(string PipelineCode, PipelineStage Stage, string? AfterStageCode = null);

/// <summary>Adds pipelines and stages (register as many as you like in your plugin's Autofac module).</summary>
public interface IPipelineSource
{
    /// <summary>Whole pipelines this source adds. Codes must be unique across configuration and all sources.</summary>
    IEnumerable<Pipeline> Pipelines { get; }

    /// <summary>Stages this source adds to pipelines it does not own.</summary>
    IEnumerable<PipelineStageAddition> Stages => [];
}

/// <summary>Why an opportunity was lost: one entry of the configured list <c>Crm:Sales:LostReasons</c>.</summary>
/// <param name="Code">Stable code, e.g. <c>price</c>, stored with the lost opportunity.</param>
/// <param name="Name">Name for people.</param>
public sealed record LostReason(string Code, string Name);
