using Crm.Abstractions.Api;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Crm.Module.CustomFields;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// <c>/api/crm/opportunities</c>: create, list, read, change, move, win, lose (one or many), reopen, history.
/// A bulk loss that could not be applied answers 409 with the outcome per id; nothing was written.
/// </summary>
internal sealed class OpportunityEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var opportunities = api.MapGroup("/opportunities").AddEndpointFilter<CrmProblemFilter>().WithTags("Opportunities");

        opportunities.MapPost("/", async (HttpRequest request, [FromServices] OpportunityService service, [FromServices] CustomFieldCreation customFields, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var create = new CreateOpportunity(
                body.RequiredString("name"),
                body.RequiredDecimal("amount"),
                body.RequiredDate("expectedCloseDate"),
                body.OptionalString("accountKey"),
                body.OptionalLong("prospectId"),
                body.OptionalString("pipeline"),
                body.OptionalString("stage"),
                body.OptionalString("currency"),
                body.OptionalInt("probability"),
                body.OptionalString("owner"),
                body.OptionalString("reference"),
                body.OptionalLong("leadId"));
            var values = customFields.Read(body, CustomFieldEntity.Opportunity);
            var created = await service.CreateAsync(create, values, ct).ConfigureAwait(false);
            return Results.Created($"/api/crm/opportunities/{created.Opportunity.Id}", created);
        });

        opportunities.MapGet("/", (HttpRequest request, [FromServices] OpportunityService service, [FromServices] CustomFieldFilters filters, CancellationToken ct) =>
            service.ListAsync(OpportunityQueryParser.Parse(request.Query), filters.Parse(CustomFieldEntity.Opportunity, request.Query), ct));

        opportunities.MapGet("/{id:long}", (long id, [FromServices] IOpportunityService service, CancellationToken ct) => service.GetAsync(id, ct));

        opportunities.MapGet("/{id:long}/history", (long id, [FromServices] IOpportunityService service, CancellationToken ct) => service.GetHistoryAsync(id, ct));

        opportunities.MapPatch("/{id:long}", async (long id, HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var update = new UpdateOpportunity(
                body.RequiredInt("version"),
                body.OptionalString("name"),
                body.OptionalDecimal("amount"),
                body.OptionalString("currency"),
                body.OptionalDate("expectedCloseDate"),
                body.OptionalInt("probability"),
                body.OptionalString("owner"),
                body.OptionalString("reference"));
            body.ThrowIfInvalid();
            return await service.UpdateAsync(id, update, ct).ConfigureAwait(false);
        });

        opportunities.MapPost("/{id:long}/stage", async (long id, HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var stage = body.RequiredString("stage");
            var version = body.RequiredInt("version");
            var probability = body.OptionalInt("probability");
            body.ThrowIfInvalid();
            return await service.MoveStageAsync(id, stage, version, probability, ct).ConfigureAwait(false);
        });

        opportunities.MapPost("/{id:long}/won", async (long id, HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.WinAsync(id, version, ct).ConfigureAwait(false);
        });

        opportunities.MapPost("/{id:long}/lost", async (long id, HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var reason = body.RequiredString("reason");
            var note = body.OptionalString("note");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.LoseAsync(id, reason, note, version, ct).ConfigureAwait(false);
        });

        opportunities.MapPost("/{id:long}/reopen", async (long id, HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var stage = body.OptionalString("stage");
            body.ThrowIfInvalid();
            return await service.ReopenAsync(id, version, stage, ct).ConfigureAwait(false);
        });

        opportunities.MapPost("/lost", async (HttpRequest request, [FromServices] IOpportunityService service, CancellationToken ct) =>
        {
            var (items, reason, note) = await BulkLossBody.ReadAsync(request, ct).ConfigureAwait(false);
            var result = await service.LoseManyAsync(items, reason, note, ct).ConfigureAwait(false);
            // All or nothing: a refusal is a problem like every other 4xx, carrying each item's outcome.
            return result.Applied
                ? Results.Ok(result)
                : Results.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: Messages.ProblemBulkLossRefused,
                    extensions: new Dictionary<string, object?> { ["applied"] = false, ["items"] = result.Items });
        });
    }
}
