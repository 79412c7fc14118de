using System.Globalization;
using Crm.Abstractions.Common;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Api;

/// <summary>
/// Turns the add-on's errors into <c>application/problem+json</c>: validation → 400 with the
/// offending fields, permission → 403, unknown record → 404, stale version or duplicate → 409. Bad input never becomes a 500.
/// Titles and details are in the user's language (<see cref="Messages"/>); kinds and keys stay codes.
/// </summary>
internal sealed class CrmProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (CrmValidationException e)
        {
            // A refusal of the whole record (a plugin's veto) has no field to show it beside: it is the detail.
            return Results.ValidationProblem(
                e.Errors.ToDictionary(x => x.Key, x => x.Value),
                detail: e.Errors.TryGetValue(string.Empty, out var whole) ? string.Join(" ", whole) : null,
                title: Messages.ProblemInvalidFields);
        }
        catch (CrmPermissionException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: Messages.ProblemNotAllowed);
        }
        catch (CrmDuplicateException e)
        {
            return Results.Problem(
                string.Format(CultureInfo.CurrentCulture, Messages.DuplicateDetail, e.Kind, string.Join(", ", e.Existing)),
                statusCode: StatusCodes.Status409Conflict,
                title: string.Format(CultureInfo.CurrentCulture, Messages.ProblemDuplicate, e.Kind),
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["existing"] = e.Existing });
        }
        catch (CrmConflictException e)
        {
            return Results.Problem(
                string.Format(CultureInfo.CurrentCulture, Messages.ConflictDetail, e.Kind, e.Key, e.ExpectedVersion),
                statusCode: StatusCodes.Status409Conflict,
                title: Messages.ProblemChanged,
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["key"] = e.Key });
        }
        catch (CrmNotFoundException e)
        {
            return Results.Problem(
                string.Format(CultureInfo.CurrentCulture, Messages.NotFoundDetail, e.Kind, e.Key),
                statusCode: StatusCodes.Status404NotFound,
                title: string.Format(CultureInfo.CurrentCulture, Messages.ProblemUnknown, e.Kind),
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["key"] = e.Key });
        }
    }
}
