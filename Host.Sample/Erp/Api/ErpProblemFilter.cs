using Crm.Abstractions.Common;

namespace Host.Sample.Erp.Api;

/// <summary>Turns the ERP API's rejections into <c>application/problem+json</c>: bad input 400 naming the field, unknown record 404.</summary>
internal sealed class ErpProblemFilter : IEndpointFilter
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
            return Results.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: "The request has invalid fields.");
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
