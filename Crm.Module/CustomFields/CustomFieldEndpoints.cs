using System.Globalization;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.Api;
using Crm.Module.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.CustomFields;

/// <summary>
/// <c>/api/crm/custom-fields</c>: the definitions of an entity's fields, and one record's values
/// (read, and written with the version last read).
/// </summary>
internal sealed class CustomFieldEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var fields = api.MapGroup("/custom-fields").AddEndpointFilter<CrmProblemFilter>().WithTags("Custom fields");

        fields.MapGet("/", (HttpRequest request, [FromServices] CustomFieldDefinitions definitions) =>
        {
            var entity = Entity("entity", request.Query["entity"].ToString());
            return definitions.Of(entity).Select(f => CustomFieldDefinitionView.Of(f.Field));
        });

        fields.MapGet("/{entity}/{key}", (string entity, string key, [FromServices] CustomFieldService service, CancellationToken ct) =>
            service.GetAsync(Entity("entity", entity), key, ct));

        fields.MapPut("/{entity}/{key}", async (string entity, string key, HttpRequest request, [FromServices] CustomFieldService service, [FromServices] CustomFieldDefinitions definitions, CancellationToken ct) =>
        {
            var kind = Entity("entity", entity);
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var values = body.OptionalObject("values", Messages.CustomFieldValuesObject);
            body.ThrowIfInvalid();
            var errors = new FieldErrors();
            var changes = values is { } given ? CustomFieldJson.Read(given, definitions, kind, errors) : [];
            errors.ThrowIfAny();
            return await service.UpdateAsync(kind, key, changes, version, ct).ConfigureAwait(false);
        });
    }

    private static CustomFieldEntity Entity(string field, string name) =>
        CustomFieldRoutes.TryParse(name, out var entity)
            ? entity
            : throw new CrmValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", CustomFieldRoutes.Names)));
}
