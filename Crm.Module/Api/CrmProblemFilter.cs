using Crm.Abstractions.Common;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Api;

/// <summary>
/// Turns the add-on's errors into <c>application/problem+json</c>: validation → 400 with the
/// offending fields, permission → 403, unknown record → 404, stale version or duplicate → 409. Bad input never becomes a 500.
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
            return Results.ValidationProblem(
                e.Errors.ToDictionary(x => x.Key, x => x.Value),
                title: "The request has invalid fields.");
        }
        catch (CrmPermissionException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.");
        }
        catch (CrmDuplicateException e)
        {
            return Results.Problem(
                e.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: $"An open {e.Kind} already covers this.",
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["existing"] = e.Existing });
        }
        catch (CrmConflictException e)
        {
            return Results.Problem(
                e.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Changed by someone else.",
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["key"] = e.Key });
        }
        catch (CrmNotFoundException e)
        {
            return Results.Problem(
                e.Message,
                statusCode: StatusCodes.Status404NotFound,
                title: $"Unknown {e.Kind}.",
                extensions: new Dictionary<string, object?> { ["kind"] = e.Kind, ["key"] = e.Key });
        }
    }
}
