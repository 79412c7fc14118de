using Crm.Abstractions.Api;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.Forecast;

/// <summary><c>/api/crm/forecast</c>: the forecast of a range of months, and sales targets per rep and month.</summary>
internal sealed class ForecastEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var forecast = api.MapGroup("/forecast").AddEndpointFilter<CrmProblemFilter>().WithTags("Forecast");

        forecast.MapGet("/", ([FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? pipeline, [FromQuery] string? owner, [FromServices] ISalesForecasts forecasts, CancellationToken ct) =>
            forecasts.GetAsync(new ForecastQuery(from ?? string.Empty, to ?? string.Empty, pipeline, owner), ct));

        forecast.MapGet("/targets", ([FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? owner, [FromServices] ISalesTargets targets, CancellationToken ct) =>
            targets.ListAsync(from ?? string.Empty, to ?? string.Empty, owner, ct));

        forecast.MapPut("/targets", async (HttpRequest request, [FromServices] ISalesTargets targets, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var owner = body.RequiredString("owner");
            var month = body.RequiredString("month");
            var currency = body.RequiredString("currency");
            var amount = body.RequiredDecimal("amount");
            // No version means a new target (version 0): still refused when one exists meanwhile.
            var version = body.OptionalInt("version") ?? 0;
            body.ThrowIfInvalid();
            return await targets.SetAsync(owner, month, currency, amount, version, ct).ConfigureAwait(false);
        });
    }
}
