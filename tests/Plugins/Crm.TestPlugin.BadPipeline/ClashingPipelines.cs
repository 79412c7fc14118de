using Crm.Abstractions.Sales;

namespace Crm.TestPlugin.BadPipeline;

/// <summary>A pipeline of its own that is fine, one whose code the built-in pipeline already has, and a stage for the built-in one.</summary>
public sealed class ClashingPipelines : IPipelineSource
{
    public IEnumerable<Pipeline> Pipelines { get; } =
    [
        new("test-plugin-rental", "Rental (test plugin)", "EUR", [new("enquiry", "Enquiry", 20)]),
        new("default", "Clashes with the built-in default", "EUR", [new("first", "First", 10)]),
    ];

    public IEnumerable<PipelineStageAddition> Stages { get; } = [new("default", new PipelineStage("test-plugin-visit", "Visit (test plugin)", 30))];
}
