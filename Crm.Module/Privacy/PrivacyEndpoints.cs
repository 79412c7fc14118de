using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Abstractions.Api;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Privacy;

/// <summary>
/// <c>/api/crm/privacy</c>: export a lead's or a contact's personal data as a JSON download, and
/// erase it (the body must say <c>"confirm": true</c>). Admin only: the data protection officer's work.
/// </summary>
internal sealed class PrivacyEndpoints : ICrmApiContributor
{
    private static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var privacy = api.MapGroup("/privacy").AddEndpointFilter<CrmProblemFilter>().WithTags("Privacy");

        privacy.MapGet("/leads/{id:long}/export", async (long id, [FromServices] PrivacyService service, CancellationToken ct) =>
            Download(await service.ExportLeadAsync(id, ct).ConfigureAwait(false), $"personal-data-lead-{id}.json"));

        privacy.MapGet("/contacts/export", async ([FromQuery] string? email, [FromQuery] string? name, [FromServices] PrivacyService service, CancellationToken ct) =>
            Download(await service.ExportContactAsync(email, name, ct).ConfigureAwait(false), "personal-data-contact.json"));

        privacy.MapPost("/leads/{id:long}/erase", async (long id, HttpRequest request, [FromServices] PrivacyService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var confirm = body.OptionalBool("confirm");
            body.ThrowIfInvalid();
            return await service.EraseLeadAsync(id, confirm, ct).ConfigureAwait(false);
        });

        privacy.MapPost("/contacts/erase", async (HttpRequest request, [FromServices] PrivacyService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var email = body.OptionalString("email");
            var name = body.OptionalString("name");
            var confirm = body.OptionalBool("confirm");
            body.ThrowIfInvalid();
            return await service.EraseContactAsync(email, name, confirm, ct).ConfigureAwait(false);
        });
    }

    private static IResult Download(PersonalDataDocument document, string fileName) =>
        Results.File(JsonSerializer.SerializeToUtf8Bytes(document, DocumentJson), "application/json", fileName);
}
