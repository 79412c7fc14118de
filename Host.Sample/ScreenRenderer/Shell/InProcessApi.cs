using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// Calls the host's own JSON API without a network hop: a fresh request runs through the rest of the
/// pipeline (routing, authentication, authorization, the endpoints) as the signed-in user. The shell
/// thus sees exactly what another ERP's UI would get as JSON, and no credentials are forwarded.
/// </summary>
public sealed class InProcessApi(IServiceScopeFactory scopeFactory)
{
    private RequestDelegate? _pipeline;

    /// <summary>Captures the pipeline after <c>UseScreenRenderer</c>; called once at start-up.</summary>
    internal void Capture(RequestDelegate pipeline) => _pipeline = pipeline;

    /// <summary>Sends <paramref name="method"/> <paramref name="pathAndQuery"/> as the user of <paramref name="outer"/>, in <paramref name="culture"/>, with a JSON body if any.</summary>
    public async Task<ApiAnswer> SendAsync(HttpContext outer, string method, string pathAndQuery, CultureInfo culture, byte[]? body = null)
    {
        using var stream = body is null ? null : new MemoryStream(body, writable: false);
        return await SendCoreAsync(outer, method, pathAndQuery, culture, stream, "application/json").ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <paramref name="body"/> as it is, of media type <paramref name="contentType"/> (an uploaded
    /// file). A stream is passed on unread, so the endpoint's own size limit decides, not a copy here.
    /// </summary>
    public Task<ApiAnswer> SendAsync(HttpContext outer, string method, string pathAndQuery, CultureInfo culture, Stream body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return SendCoreAsync(outer, method, pathAndQuery, culture, body, contentType);
    }

    private async Task<ApiAnswer> SendCoreAsync(HttpContext outer, string method, string pathAndQuery, CultureInfo culture, Stream? body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(culture);
        var pipeline = _pipeline ?? throw new InvalidOperationException("Call app.UseScreenRenderer() first in the pipeline before the shell calls the API.");
        var (path, query) = SplitQuery(pathAndQuery);
        var request = new HttpRequestFeature
        {
            Method = method,
            Scheme = outer.Request.Scheme,
            Protocol = outer.Request.Protocol,
            PathBase = outer.Request.PathBase.Value ?? string.Empty,
            Path = path.Value ?? string.Empty,
            QueryString = query.Value ?? string.Empty,
            RawTarget = pathAndQuery,
            Body = body ?? Stream.Null,
        };
        request.Headers.Host = outer.Request.Host.Value;
        request.Headers.Accept = "application/json";
        request.Headers.AcceptLanguage = culture.Name;
        if (body is not null)
        {
            request.Headers.ContentType = contentType;
            request.Headers.ContentLength = body.CanSeek ? body.Length - body.Position : null;
        }

        using var responseBody = new MemoryStream();
        var bodyFeature = new StreamResponseBodyFeature(responseBody);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(bodyFeature);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = outer.RequestAborted });
        if (outer.Features.Get<IHttpConnectionFeature>() is { } connection)
        {
            // Loopback checks (e.g. the host's Basic scheme) see the browser's real address.
            features.Set(connection);
        }

        var context = new DefaultHttpContext(features) { User = outer.User };
        var services = new RequestServicesFeature(context, scopeFactory);
        features.Set<IServiceProvidersFeature>(services);
        try
        {
            Task run;

            // IHttpContextAccessor keeps its value in an async-local holder and clears the holder it
            // replaces. Without flow, the sub-request gets a holder of its own and the outer request's
            // accessor keeps pointing at the outer request.
            using (ExecutionContext.SuppressFlow())
            {
                run = Task.Run(() => RunAsync(pipeline, context));
            }

            await run.ConfigureAwait(false);
            await bodyFeature.CompleteAsync().ConfigureAwait(false);
            return new ApiAnswer(context.Response.StatusCode, responseBody.ToArray());
        }
        finally
        {
            await services.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends a GET and returns the answer.</summary>
    public Task<ApiAnswer> GetAsync(HttpContext outer, string pathAndQuery, CultureInfo culture) =>
        SendAsync(outer, HttpMethods.Get, pathAndQuery, culture);

    private static async Task RunAsync(RequestDelegate pipeline, HttpContext context)
    {
        var accessor = context.RequestServices.GetService<IHttpContextAccessor>();
        if (accessor is not null)
        {
            accessor.HttpContext = context;
        }

        try
        {
            await pipeline(context).ConfigureAwait(false);
        }
        finally
        {
            if (accessor is not null)
            {
                accessor.HttpContext = null;
            }
        }
    }

    private static (PathString Path, QueryString Query) SplitQuery(string pathAndQuery)
    {
        var mark = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return mark < 0
            ? (PathString.FromUriComponent(pathAndQuery), QueryString.Empty)
            : (PathString.FromUriComponent(pathAndQuery[..mark]), new QueryString(pathAndQuery[mark..]));
    }
}
