using Crm.Abstractions.Api;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Erp.Indexes;

/// <summary><c>/api/crm/erp/indexes</c>: the ERP indexes the add-on needs, and creating the missing ones (Admin only).</summary>
internal sealed class ErpIndexEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var indexes = api.MapGroup("/erp/indexes").AddEndpointFilter<CrmProblemFilter>().WithTags("ERP indexes");
        indexes.MapGet("/", ([FromServices] ErpIndexes service, CancellationToken ct) => service.GetAsync(ct));
        indexes.MapPost("/", ([FromServices] ErpIndexes service, CancellationToken ct) => service.CreateMissingAsync(ct));
    }
}
