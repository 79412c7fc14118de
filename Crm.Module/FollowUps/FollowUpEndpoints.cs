using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.FollowUps;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.FollowUps;

/// <summary><c>/api/crm/follow-ups</c>: the rules, running one now (Admin), recent runs.</summary>
internal sealed class FollowUpEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var followUps = api.MapGroup("/follow-ups").AddEndpointFilter<CrmProblemFilter>().WithTags("Follow-ups");

        followUps.MapGet("/rules", ([FromServices] IFollowUpService service) => service.Rules);

        followUps.MapPost("/rules/{code}/run", (string code, [FromServices] IFollowUpService service, CancellationToken ct) =>
            service.RunNowAsync(code, ct));

        followUps.MapGet("/runs", ([FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] IFollowUpService service, CancellationToken ct) =>
            service.RecentRunsAsync(PageRequest.Parse(page, pageSize), ct));
    }
}
