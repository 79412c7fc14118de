using Autofac;
using Crm.Abstractions.Sales;

namespace Crm.TestPlugin.BadPipeline;

/// <summary>A plugin that loads but whose pipelines do not fit the ones the add-on already has.</summary>
public sealed class BadPipelineModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<ClashingPipelines>().As<IPipelineSource>().SingleInstance();
}
