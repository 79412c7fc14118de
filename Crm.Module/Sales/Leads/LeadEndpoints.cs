using System.Globalization;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Crm.Module.CustomFields;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// <c>/api/crm/leads</c>: create, list, read, update, move, assign, merge, check duplicates, import
/// CSV — and the public web form. Bodies and query values are parsed here so that every bad value
/// is a 400 naming its field; the service checks permissions and rules.
/// </summary>
/// <remarks>
/// The host mounts <c>/api/crm</c> behind its sign-in. The web form cannot sign in, so its one
/// endpoint allows anonymous calls (endpoint metadata outranks the group's) and demands the
/// configured form key instead; every other lead endpoint keeps the host's sign-in.
/// </remarks>
internal sealed class LeadEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var leads = api.MapGroup("/leads").AddEndpointFilter<CrmProblemFilter>().WithTags("Leads");

        leads.MapPost("/", async (HttpRequest request, [FromServices] LeadService service, [FromServices] CustomFieldCreation customFields, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var input = ReadInput(body);
            var owner = body.OptionalString("owner");
            var values = customFields.Read(body, CustomFieldEntity.Lead);
            var created = await service.CreateAsync(input, owner, values, ct).ConfigureAwait(false);
            return Results.Created($"/api/crm/leads/{created.Lead.Id}", created);
        });

        leads.MapGet("/", (HttpRequest request, [FromServices] LeadService service, [FromServices] CustomFieldFilters filters, CancellationToken ct) =>
            service.FindAsync(LeadQueryParser.Parse(request.Query), filters.Parse(CustomFieldEntity.Lead, request.Query), ct));

        leads.MapGet("/{id:long}", (long id, [FromServices] ILeadService service, CancellationToken ct) => service.GetAsync(id, ct));

        leads.MapGet("/{id:long}/history", (long id, [FromServices] ILeadService service, CancellationToken ct) => service.GetHistoryAsync(id, ct));

        leads.MapPut("/{id:long}", async (long id, HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var input = ReadInput(body);
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.UpdateAsync(id, input, version, ct).ConfigureAwait(false);
        });

        // Changes only the fields the body names (null clears one); the version guards the read-modify-write.
        leads.MapPatch("/{id:long}", async (long id, HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var changes = ReadInput(body);
            body.ThrowIfInvalid();
            var lead = await service.GetAsync(id, ct).ConfigureAwait(false);
            var input = new LeadInput(
                body.Has("company") ? changes.Company : lead.Company,
                body.Has("contactName") ? changes.ContactName : lead.ContactName,
                body.Has("email") ? changes.Email : lead.Email,
                body.Has("phone") ? changes.Phone : lead.Phone,
                body.Has("country") ? changes.Country : lead.Country,
                body.Has("postalCode") ? changes.PostalCode : lead.PostalCode,
                body.Has("city") ? changes.City : lead.City,
                body.Has("source") ? changes.Source : lead.Source,
                body.Has("notes") ? changes.Notes : lead.Notes);
            return await service.UpdateAsync(id, input, version, ct).ConfigureAwait(false);
        });

        leads.MapPost("/{id:long}/status", async (long id, HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var status = body.RequiredEnum<LeadStatus>("status");
            var reason = body.OptionalString("reason");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.ChangeStatusAsync(id, status, reason, version, ct).ConfigureAwait(false);
        });

        leads.MapPost("/{id:long}/owner", async (long id, HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var owner = body.OptionalString("owner");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.AssignAsync(id, owner, version, ct).ConfigureAwait(false);
        });

        leads.MapPost("/{id:long}/merge", async (long id, HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var mergedId = body.RequiredLong("mergedId");
            var mergedVersion = body.RequiredInt("mergedVersion");
            body.ThrowIfInvalid();
            return await service.MergeAsync(id, version, mergedId, mergedVersion, ct).ConfigureAwait(false);
        });

        leads.MapPost("/duplicates", async (HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var input = ReadInput(body);
            body.ThrowIfInvalid();
            return await service.FindDuplicatesAsync(input, ct).ConfigureAwait(false);
        });

        leads.MapPost("/import", async (HttpRequest request, [FromServices] ILeadService service, CancellationToken ct) =>
        {
            var options = new LeadImportOptions(
                QueryFlag.Read(request.Query, "dryRun"),
                QueryFlag.Read(request.Query, "skipInvalid"));
            var csv = await CsvBody.ReadAsync(request, LeadImporter.MaxLength, ct).ConfigureAwait(false);
            return await service.ImportAsync(csv, options, ct).ConfigureAwait(false);
        });

        leads.MapPost("/web-form", async (HttpRequest request, [FromServices] WebFormLeads form, CancellationToken ct) =>
        {
            if (!form.IsEnabled)
            {
                return Results.NotFound();
            }

            if (!form.IsKeyValid(request.Headers[WebFormLeads.KeyHeader]))
            {
                return Results.Problem(string.Format(CultureInfo.CurrentCulture, Messages.WebFormKeyMissing, WebFormLeads.KeyHeader), statusCode: StatusCodes.Status401Unauthorized, title: Messages.ProblemUnknownForm);
            }

            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var input = ReadInput(body);
            var honeypot = body.OptionalString(WebFormLeads.HoneypotField);
            body.ThrowIfInvalid();
            if (!string.IsNullOrEmpty(honeypot))
            {
                // Answered like a success: a robot that learns nothing tries no variations.
                form.RefuseRobot();
                return Results.Accepted();
            }

            await form.CaptureAsync(input, ct).ConfigureAwait(false);
            return Results.Accepted();
        }).AllowAnonymous();
    }

    private static LeadInput ReadInput(JsonBody body) => new(
        body.OptionalString("company"),
        body.OptionalString("contactName"),
        body.OptionalString("email"),
        body.OptionalString("phone"),
        body.OptionalString("country"),
        body.OptionalString("postalCode"),
        body.OptionalString("city"),
        body.OptionalString("source"),
        body.OptionalString("notes"));
}
