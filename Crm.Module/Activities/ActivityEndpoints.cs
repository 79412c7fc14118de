using Crm.Abstractions.Activities;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.Api;
using Crm.Module.CustomFields;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Activities;

/// <summary><c>/api/crm/activities</c>: plan, read, edit, complete, reassign, cancel, and the signed-in user's work.</summary>
internal sealed class ActivityEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var activities = api.MapGroup("/activities").AddEndpointFilter<CrmProblemFilter>().WithTags("Activities");

        activities.MapPost("/", async (HttpRequest request, [FromServices] ActivityService service, [FromServices] CustomFieldCreation customFields, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var plan = new PlanActivity(
                body.RequiredString("type"),
                body.RequiredString("subject"),
                body.OptionalString("accountKey"),
                body.OptionalString("assignee"),
                body.OptionalTimestamp("dueAt"),
                body.OptionalInt("durationMinutes"),
                body.OptionalString("notes"),
                body.OptionalString("inquiryNumber"),
                body.OptionalTimestamp("reminderAt"),
                body.OptionalLong("leadId"),
                body.OptionalLong("opportunityId"));
            var values = customFields.Read(body, CustomFieldEntity.Activity);
            var activity = await service.PlanAsync(plan, values, ct).ConfigureAwait(false);
            return Results.Created($"/api/crm/activities/{activity.Id}", activity);
        });

        activities.MapGet("/types", ([FromServices] IActivityService service) => service.Types);

        activities.MapGet("/mine", (HttpRequest request, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] ActivityService service, [FromServices] CustomFieldFilters filters, CancellationToken ct) =>
            service.MyWorkAsync(PageRequest.Parse(page, pageSize), filters.Parse(CustomFieldEntity.Activity, request.Query), ct));

        activities.MapGet("/{id:long}", (long id, [FromServices] IActivityService service, CancellationToken ct) => service.GetAsync(id, ct));

        activities.MapPost("/{id:long}/complete", async (long id, HttpRequest request, [FromServices] IActivityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var outcome = body.OptionalString("outcome");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.CompleteAsync(id, outcome, version, ct).ConfigureAwait(false);
        });

        // Changes only the fields the body names; "version" is the one read, as everywhere.
        activities.MapPatch("/{id:long}", async (long id, HttpRequest request, [FromServices] IActivityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var version = body.RequiredInt("version");
            var subject = body.OptionalString("subject");
            var notes = body.OptionalString("notes");
            var dueAt = body.OptionalTimestamp("dueAt");
            var duration = body.OptionalInt("durationMinutes");
            var reminderAt = body.OptionalTimestamp("reminderAt");
            body.ThrowIfInvalid();
            var current = await service.GetAsync(id, ct).ConfigureAwait(false);
            var changes = new EditActivity(
                body.Has("subject") ? subject ?? string.Empty : current.Subject,
                body.Has("notes") ? notes : current.Notes,
                body.Has("dueAt") ? dueAt : current.DueAt,
                body.Has("durationMinutes") ? duration : current.DurationMinutes,
                body.Has("reminderAt") ? reminderAt : current.ReminderAt);
            return await service.EditAsync(id, changes, version, ct).ConfigureAwait(false);
        });

        activities.MapPost("/{id:long}/assignment", async (long id, HttpRequest request, [FromServices] IActivityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var assignee = body.RequiredString("assignee");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.ReassignAsync(id, assignee, version, ct).ConfigureAwait(false);
        });

        activities.MapPost("/{id:long}/cancel", async (long id, HttpRequest request, [FromServices] IActivityService service, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
            var reason = body.OptionalString("reason");
            var version = body.RequiredInt("version");
            body.ThrowIfInvalid();
            return await service.CancelAsync(id, reason, version, ct).ConfigureAwait(false);
        });
    }
}
