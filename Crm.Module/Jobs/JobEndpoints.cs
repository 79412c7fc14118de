using Crm.Abstractions.Api;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Jobs;

/// <summary><c>/api/crm/jobs</c>: the plugins' scheduled jobs, their schedules and last runs (Admin only).</summary>
internal sealed class JobEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/jobs", ([FromServices] JobList jobs, CancellationToken ct) => jobs.GetAsync(ct))
            .AddEndpointFilter<CrmProblemFilter>()
            .WithTags("Jobs");
    }
}
