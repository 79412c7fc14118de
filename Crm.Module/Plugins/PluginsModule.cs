using Autofac;
using Crm.Abstractions.Api;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.Module.Plugins;

/// <summary>
/// Vertical plugins: loaded from <c>Crm:Plugins:Folder</c> while the container is built, their
/// status for admins, and their health at run time. Internal; CrmModule includes it.
/// </summary>
/// <remarks>
/// Registrations cannot be added once the container is built, and nothing can be resolved before,
/// so the folder is read from the configuration the host hands over in the builder's properties
/// (<see cref="CrmContainerProperties.Configuration"/>); the other Crm:* settings are resolved later
/// as usual.
/// </remarks>
internal sealed class PluginsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        var configuration = builder.Properties.TryGetValue(CrmContainerProperties.Configuration, out var handedOver) ? handedOver as IConfiguration : null;
        var catalog = new PluginCatalog(PluginOptions.From(configuration).FolderPath);
        builder.RegisterInstance(catalog);
        builder.RegisterCallback(registry =>
            catalog.Loaded(VerticalPluginLoader.LoadAll(catalog.Folder, registry, VerticalPluginLoader.RunningAbstractionsVersion())));

        builder.Register(c => PluginOptions.From(c.ResolveOptional<IConfiguration>())).SingleInstance();
        builder.RegisterType<PluginHealth>().SingleInstance();
        builder.RegisterType<PluginMigrations>().SingleInstance();
        builder.RegisterType<VerticalPluginDirectory>().As<IPluginDirectory>().SingleInstance();
        builder.RegisterType<PluginStartupLog>().As<IHostedService>().SingleInstance();
        builder.RegisterType<PluginList>().InstancePerLifetimeScope();
        builder.RegisterType<PluginEndpoints>().As<ICrmApiContributor>().SingleInstance();
    }
}
