using Autofac;
using Crm.Abstractions.CustomFields;

namespace Crm.TestPlugin.Fields;

/// <summary>The plugin's entry: custom fields on leads, as a vertical plugin declares them.</summary>
public sealed class FieldsPluginModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<VehicleFields>().As<ICustomFieldSource>().SingleInstance();
}
