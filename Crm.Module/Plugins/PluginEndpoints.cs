using Crm.Abstractions.Api;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Plugins;

/// <summary><c>/api/crm/plugins</c>: the plugins the host tried to load and what became of each (Admin only).</summary>
internal sealed class PluginEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/plugins", ([FromServices] PluginList plugins) => plugins.Get())
            .AddEndpointFilter<CrmProblemFilter>()
            .WithTags("Plugins");
    }
}
