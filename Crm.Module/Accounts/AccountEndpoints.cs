using Crm.Abstractions.Accounts;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Accounts;

/// <summary>
/// <c>/api/crm/accounts</c>: search, finance's overview and the account owner. Query values arrive as text and are
/// parsed by the add-on, so a bad value is a 400 that names the parameter.
/// </summary>
internal sealed class AccountEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/accounts").AddEndpointFilter<CrmProblemFilter>().WithTags("Accounts");

        accounts.MapGet("/", (
            [FromQuery] string? search, [FromQuery] string? page, [FromQuery] string? pageSize,
            [FromServices] IErpAccounts service, CancellationToken ct) =>
            service.SearchAsync(search, PageRequest.Parse(page, pageSize), ct));

        accounts.MapGet("/{key}", (string key, [FromServices] IErpAccounts service, CancellationToken ct) =>
            service.GetAsync(RouteKey.Decode(key), ct));

        accounts.MapGet("/{key}/overview", (
            string key, [FromQuery] string? pageSize, [FromServices] IErpAccounts service, CancellationToken ct) =>
            service.GetOverviewAsync(RouteKey.Decode(key), PageRequest.Parse(null, pageSize).PageSize, ct));

        accounts.MapGet("/{key}/orders", (
            string key, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] IErpAccounts service, CancellationToken ct) =>
            service.GetOrdersAsync(RouteKey.Decode(key), PageRequest.Parse(page, pageSize), ct));

        accounts.MapGet("/{key}/invoices", (
            string key, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] IErpAccounts service, CancellationToken ct) =>
            service.GetInvoicesAsync(RouteKey.Decode(key), PageRequest.Parse(page, pageSize), ct));

        accounts.MapGet("/{key}/timeline", (
            string key, [FromQuery] string? kinds, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] IAccountTimeline timeline, CancellationToken ct) =>
            timeline.GetAsync(RouteKey.Decode(key), TimelineKinds.Parse(kinds), PageRequest.Parse(page, pageSize), ct));

        // Literal segments outrank {key}, and no …/{key}/… route ends in assign-by-rules: see AccountOwnerRouteTests.
        accounts.MapPost("/owners/assign-by-rules", (HttpRequest request, [FromServices] IAccountOwners owners, CancellationToken ct) =>
            owners.AssignByRulesAsync(QueryFlag.Read(request.Query, "dryRun"), ct));

        accounts.MapGet("/{key}/owner", (string key, [FromServices] IAccountOwners owners, CancellationToken ct) =>
            owners.GetAsync(RouteKey.Decode(key), ct));

        // Body: { "owner": "rep" or null, "version": the version last read (0 when never assigned) }.
        accounts.MapPut("/{key}/owner", async (string key, HttpRequest request, [FromServices] IAccountOwners owners, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var owner = body.OptionalString("owner");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await owners.AssignAsync(RouteKey.Decode(key), owner, version, ct).ConfigureAwait(false);
        });
    }
}
