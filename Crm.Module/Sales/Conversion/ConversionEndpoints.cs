using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.Conversion;

/// <summary><c>/api/crm/leads/{id}/convert</c> and <c>/api/crm/prospects</c>: from lead to opportunity, from prospect to ERP customer.</summary>
internal sealed class ConversionEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapPost("/leads/{id:long}/convert", async (long id, HttpRequest request, [FromServices] ILeadConversion conversion, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var name = body.RequiredString("opportunityName");
            var amount = body.RequiredDecimal("amount");
            var closeDate = body.RequiredDate("expectedCloseDate");
            var convert = new ConvertLead(
                name,
                amount,
                closeDate,
                body.OptionalString("accountKey"),
                body.OptionalString("pipeline"),
                body.OptionalString("stage"),
                body.OptionalString("currency"),
                body.OptionalInt("probability"),
                body.OptionalString("owner"),
                body.OptionalString("reference"),
                body.OptionalBool("createErpCustomer") ?? false);
            body.ThrowIfInvalid();
            var result = await conversion.ConvertAsync(id, version, convert, ct).ConfigureAwait(false);
            return Results.Created($"/api/crm/opportunities/{result.Opportunity.Id}", result);
        }).AddEndpointFilter<CrmProblemFilter>().WithTags("Leads");

        var prospects = api.MapGroup("/prospects").AddEndpointFilter<CrmProblemFilter>().WithTags("Prospects");

        prospects.MapGet("/{id:long}", (long id, [FromServices] ILeadConversion conversion, CancellationToken ct) => conversion.GetProspectAsync(id, ct));

        prospects.MapPost("/{id:long}/erp-customer", async (long id, HttpRequest request, [FromServices] ILeadConversion conversion, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await conversion.RequestErpCustomerAsync(id, version, ct).ConfigureAwait(false);
        });

        prospects.MapPost("/{id:long}/link", async (long id, HttpRequest request, [FromServices] ILeadConversion conversion, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var accountKey = body.RequiredString("accountKey");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await conversion.LinkProspectAsync(id, accountKey, version, ct).ConfigureAwait(false);
        });
    }
}
