using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Api;
using Crm.Module.Screens.Labels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Screens;

/// <summary>
/// <c>/api/crm/screens</c>: the composed screen definitions as JSON, so that any ERP can render them.
/// A screen's data comes from the routes its definition names, not from here. <c>/labels</c> answers
/// the texts behind the definitions' resource keys in the caller's culture.
/// </summary>
internal sealed class ScreenEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var screens = api.MapGroup("/screens").AddEndpointFilter<CrmProblemFilter>().WithTags("Screens");

        screens.MapGet("/", ([FromServices] ScreenAccess access) => access.List());

        // A literal segment outranks {id}, so no screen id can hide the labels.
        screens.MapGet("/labels", ([FromQuery] string? culture, [FromServices] ScreenLabels labels, [FromServices] ICurrentUser user) =>
        {
            if (!user.IsAuthenticated)
            {
                throw new CrmPermissionException("The screen labels are for signed-in users.");
            }

            return labels.For(LabelCulture.Parse(culture));
        });

        screens.MapGet("/{id}", (string id, [FromServices] ScreenAccess access) => access.Get(id));
    }
}
