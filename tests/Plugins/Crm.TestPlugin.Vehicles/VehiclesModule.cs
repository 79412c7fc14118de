using Autofac;
using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.Vehicles;

/// <summary>The plugin's entry: a scheduled job over its own table (created by its migration).</summary>
public sealed class VehiclesModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<VehicleImportJob>().As<ICrmJob>();
}
