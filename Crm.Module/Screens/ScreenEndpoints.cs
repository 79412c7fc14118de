using Crm.Abstractions.Api;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Screens;

/// <summary>
/// <c>/api/crm/screens</c>: the composed screen definitions as JSON, so that any ERP can render them.
/// A screen's data comes from the routes its definition names, not from here.
/// </summary>
internal sealed class ScreenEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var screens = api.MapGroup("/screens").AddEndpointFilter<CrmProblemFilter>().WithTags("Screens");

        screens.MapGet("/", ([FromServices] ScreenAccess access) => access.List());

        screens.MapGet("/{id}", (string id, [FromServices] ScreenAccess access) => access.Get(id));
    }
}
