using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Module.Data.Resilience;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace Crm.Module.Api;

/// <summary>
/// Turns the add-on's errors into <c>application/problem+json</c>: validation → 400 with the
/// offending fields, permission → 403, unknown record → 404, stale version or duplicate → 409. Bad input never becomes a 500.
/// Titles and details are in the user's language (<see cref="Messages"/>); kinds and keys stay codes.
/// A passing database fault is handled here too: the handler runs again while the database certainly
/// stored nothing and the response has not started (<see cref="DatabaseRetries.Operation"/>); what
/// remains is a 503 with <c>Retry-After</c>, logged once with its cause — never a 500, never a 2xx.
/// Running a handler again is safe because each business operation is one transaction and the
/// services keep no state between calls. An application that maps endpoints without the add-on's data
/// services (a screens-only test host) has no database to retry: its handlers run once.
/// </summary>
internal sealed partial class CrmProblemFilter(ILogger<CrmProblemFilter> logger, DatabaseRetries? retries = null, TransientFaults? faults = null, ResilienceOptions? options = null) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return retries is null ? await next(context).ConfigureAwait(false) : await RunWithRetriesAsync(context, next, retries).ConfigureAwait(false);
        }
        catch (Exception e) when (faults?.Classify(e) is { } kind && kind != FaultKind.Permanent && !context.HttpContext.Response.HasStarted)
        {
            return DatabaseUnavailable(context.HttpContext, kind, e);
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

    private static async ValueTask<object?> RunWithRetriesAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, DatabaseRetries retries)
    {
        // Handlers read their bodies themselves: kept, so that a second run reads the same body again.
        var request = context.HttpContext.Request;
        request.EnableBuffering();
        var run = ResilienceContextPool.Shared.Get(context.HttpContext.RequestAborted);
        run.Properties.Set(DatabaseRetries.MayRunAgain, () => !context.HttpContext.Response.HasStarted && request.Body.CanSeek);
        var runs = 0;
        try
        {
            return await retries.Operation.ExecuteAsync(
                async (_, state) =>
                {
                    if (runs++ > 0)
                    {
                        request.Body.Position = 0;
                    }

                    return await state.next(state.context).ConfigureAwait(false);
                },
                run,
                (next, context)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(run);
        }
    }

    // A connection that broke on an open session may have broken during the commit: the caller is
    // told that the outcome is unknown rather than that nothing was stored.
    private IResult DatabaseUnavailable(HttpContext http, FaultKind kind, Exception fault)
    {
        var seconds = (int)Math.Ceiling((options?.RetryAfter ?? TimeSpan.FromSeconds(5)).TotalSeconds);
        LogUnavailable(logger, fault, http.Request.Method, http.Request.Path, kind, retries?.Target ?? "database", DatabaseRetries.Cause(fault));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            string.Format(CultureInfo.CurrentCulture, kind == FaultKind.ConnectionLost ? Messages.DatabaseLostDetail : Messages.DatabaseUnavailableDetail, seconds),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: Messages.ProblemDatabaseUnavailable,
            extensions: new Dictionary<string, object?> { ["fault"] = kind == FaultKind.ConnectionLost ? "connection-lost" : "not-stored" });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} answered 503: the {Target} is unavailable ({Kind}): {Cause}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path, FaultKind kind, string target, string cause);
}
