using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Screens;
using Crm.Module.Screens.CustomFields;
using Crm.Module.Screens.Definitions;
using Crm.Module.Screens.Labels;

namespace Crm.Module.Screens;

/// <summary>
/// Screens as data: the add-on's definitions and extensions, their composition with plugins' and the
/// host's, their labels, and the JSON API. Internal;
/// CrmModule includes it.
/// </summary>
internal sealed class ScreensModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<BuiltInScreens>().As<IScreenSource>().SingleInstance();
        builder.RegisterType<BuiltInScreenExtensions>().As<IScreenExtensionSource>().SingleInstance();
        builder.RegisterType<CustomFieldCardExtensions>().As<IScreenExtensionSource>().SingleInstance();
        builder.RegisterType<ScreenCatalog>().SingleInstance();
        builder.RegisterType<ScreenAccess>().InstancePerLifetimeScope();
        builder.RegisterType<ScreenEndpoints>().As<ICrmApiContributor>().SingleInstance();
        builder.RegisterType<CrmLabelSource>().As<ILabelSource>().SingleInstance();
        builder.RegisterType<ScreenLabels>().SingleInstance();
    }
}
