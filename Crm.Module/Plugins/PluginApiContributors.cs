using Autofac;
using Autofac.Core;
using Autofac.Core.Resolving.Pipeline;
using Crm.Abstractions.Api;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Plugins;

/// <summary>
/// The host resolves every <see cref="ICrmApiContributor"/> at once, outside the add-on's reach, so
/// a plugin's contributor that cannot be created would stop the host. Each plugin registration of
/// one therefore gets a step that, when creating it fails, disables the plugin with the reason
/// (<see cref="PluginHealth.NotCreated"/>) and gives the host a contributor that maps nothing.
/// </summary>
internal static class PluginApiContributors
{
    public static void Guard(IComponentRegistration registration, string pluginId)
    {
        if (!registration.Services.Contains(new TypedService(typeof(ICrmApiContributor))))
        {
            return;
        }

        registration.PipelineBuilding += (_, pipeline) => pipeline.Use("Plugin API contributor guard", PipelinePhase.Activation, MiddlewareInsertionMode.StartOfPhase, (context, next) =>
        {
            try
            {
                next(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException && context.Service is TypedService { ServiceType: var type } && type == typeof(ICrmApiContributor))
            {
                context.Resolve<PluginHealth>().NotCreated(pluginId, registration, typeof(ICrmApiContributor), e);
                context.Instance = new NoEndpoints();
            }
        });
    }

    /// <summary>Stands in for the contributor that could not be created.</summary>
    private sealed class NoEndpoints : ICrmApiContributor
    {
        public void MapEndpoints(IEndpointRouteBuilder api)
        {
            // Its plugin is disabled and listed as failed; there is nothing to map.
        }
    }
}
