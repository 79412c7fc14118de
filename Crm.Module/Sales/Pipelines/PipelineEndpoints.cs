using System.Globalization;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// <c>/api/crm/pipelines</c>: the pipelines with their stages, one pipeline's stages (the option list
/// of the screens' stage inputs), the lost reasons, and a pipeline's board.
/// </summary>
internal sealed class PipelineEndpoints : ICrmApiContributor
{
    private const int DefaultCards = 20;

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var pipelines = api.MapGroup("/pipelines").AddEndpointFilter<CrmProblemFilter>().WithTags("Pipelines");

        pipelines.MapGet("/", ([FromServices] IPipelineService service) => service.Pipelines);

        pipelines.MapGet("/{code}/stages", (string code, [FromServices] IPipelineService service) =>
            service.Pipelines.FirstOrDefault(p => p.Code == code)?.Stages ?? throw new CrmNotFoundException("pipeline", code));

        pipelines.MapGet("/lost-reasons", ([FromServices] IPipelineService service) => service.LostReasons);

        pipelines.MapGet("/{code}/board", (string code, [FromQuery] string? cards, [FromServices] IPipelineService service, CancellationToken ct) =>
            service.GetBoardAsync(code, Cards(cards), ct));
    }

    private static int Cards(string? text) =>
        string.IsNullOrWhiteSpace(text) ? DefaultCards
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cards) ? cards
        : throw new CrmValidationException("cards", string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, 0, PipelineService.MaxCards));
}
