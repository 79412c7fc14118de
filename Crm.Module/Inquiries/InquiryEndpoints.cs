using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Inquiries;
using Crm.Module.Api;
using Crm.Module.CustomFields;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Inquiries;

/// <summary>
/// <c>/api/crm/inquiries</c>: log, read, list, work. Bodies and query values are parsed here so
/// that every bad value is a 400 naming its field; the service checks permissions and rules.
/// </summary>
internal sealed class InquiryEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var inquiries = api.MapGroup("/inquiries").AddEndpointFilter<CrmProblemFilter>().WithTags("Inquiries");

        inquiries.MapPost("/", async (HttpRequest request, [FromServices] InquiryService service, [FromServices] CustomFieldCreation customFields, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var log = new LogInquiry(
                body.RequiredString("accountKey"),
                body.RequiredString("subject"),
                body.RequiredEnum<InquiryChannel>("channel"),
                body.OptionalString("text"),
                body.OptionalString("contactName"),
                body.OptionalString("orderKey"),
                body.OptionalString("invoiceKey"),
                body.OptionalString("category"),
                body.OptionalEnum<InquiryPriority>("priority"),
                body.OptionalDate("dueDate"),
                body.OptionalBool("allowDuplicate") ?? false);
            var values = customFields.Read(body, CustomFieldEntity.Inquiry);
            var inquiry = await service.LogAsync(log, values, ct).ConfigureAwait(false);
            return Results.Created($"/api/crm/inquiries/{Uri.EscapeDataString(inquiry.Number)}", inquiry);
        });

        inquiries.MapGet("/", (HttpRequest request, [FromServices] InquiryService service, [FromServices] CustomFieldFilters filters, CancellationToken ct) =>
            service.FindAsync(InquiryQueryParser.Parse(request.Query), filters.Parse(CustomFieldEntity.Inquiry, request.Query), ct));

        inquiries.MapGet("/categories", ([FromServices] IInquiryService service) => service.Categories);

        inquiries.MapGet("/{number}", (string number, [FromServices] IInquiryService service, CancellationToken ct) =>
            service.GetAsync(RouteKey.Decode(number), ct));

        inquiries.MapGet("/{number}/timeline", (string number, [FromServices] IInquiryService service, CancellationToken ct) =>
            service.GetTimelineAsync(RouteKey.Decode(number), ct));

        inquiries.MapPost("/{number}/status", async (string number, HttpRequest request, [FromServices] IInquiryService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var status = body.RequiredEnum<InquiryStatus>("status");
            var version = body.RequiredInt("version");
            var note = body.OptionalString("note");
            body.ThrowIfInvalid();
            return await service.ChangeStatusAsync(RouteKey.Decode(number), status, version, note, ct).ConfigureAwait(false);
        });

        inquiries.MapPost("/{number}/comments", async (string number, HttpRequest request, [FromServices] IInquiryService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var text = body.RequiredString("text");
            body.ThrowIfInvalid();
            return await service.CommentAsync(RouteKey.Decode(number), text, ct).ConfigureAwait(false);
        });

        inquiries.MapPost("/{number}/assignment", async (string number, HttpRequest request, [FromServices] IInquiryService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var team = body.OptionalString("team");
            var assignee = body.OptionalString("assignee");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.AssignAsync(RouteKey.Decode(number), team, assignee, version, ct).ConfigureAwait(false);
        });
    }
}
