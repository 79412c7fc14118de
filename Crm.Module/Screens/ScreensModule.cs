using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Screens;
using Crm.Module.Plugins;
using Crm.Module.Screens.Definitions;
using Crm.Module.Screens.Labels;

namespace Crm.Module.Screens;

/// <summary>
/// Screens as data: the add-on's definitions and extensions, their composition with plugins' and the
/// host's, their labels, the JSON API, and the loaded-plugins list the admin screen shows. Internal;
/// CrmModule includes it.
/// </summary>
internal sealed class ScreensModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<BuiltInScreens>().As<IScreenSource>().SingleInstance();
        builder.RegisterType<BuiltInScreenExtensions>().As<IScreenExtensionSource>().SingleInstance();
        builder.RegisterType<ScreenCatalog>().SingleInstance();
        builder.RegisterType<ScreenAccess>().InstancePerLifetimeScope();
        builder.RegisterType<ScreenEndpoints>().As<ICrmApiContributor>().SingleInstance();
        builder.RegisterType<CrmLabelSource>().As<ILabelSource>().SingleInstance();
        builder.RegisterType<ScreenLabels>().SingleInstance();
        builder.RegisterType<PluginList>().InstancePerLifetimeScope();
        builder.RegisterType<PluginEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
