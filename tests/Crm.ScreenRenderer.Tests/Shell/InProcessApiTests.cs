using System.Globalization;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Crm.ScreenRenderer.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.ScreenRenderer.Tests.Shell;

/// <summary>The shell's API calls run through the real pipeline of a Kestrel host, as the outer request's user.</summary>
[TestClass]
public sealed class InProcessApiTests
{
    private static WebApplication? _app;
    private static HttpClient? _client;

    private static HttpClient Client => _client!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddScreenRenderer();
        var app = builder.Build();

        // Stands in for sign-in, before the shell's capture so that sub-requests do not repeat it.
        app.Use((context, next) =>
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "clerk")], "Test"));
            return next(context);
        });
        app.UseScreenRenderer();
        app.UseRouting();
        app.UseRequestLocalization();

        app.MapPost("/api/echo", async (HttpContext inner, IHttpContextAccessor accessor) => new
        {
            user = inner.User.Identity?.Name,
            accessorSeesThisRequest = ReferenceEquals(accessor.HttpContext, inner),
            culture = CultureInfo.CurrentUICulture.Name,
            contentType = inner.Request.ContentType,
            contentLength = inner.Request.ContentLength,
            accept = inner.Request.Headers.Accept.ToString(),
            cookies = inner.Request.Headers.Cookie.ToString(),
            query = inner.Request.Query["x"].ToString(),
            loopback = inner.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip),
            body = await new StreamReader(inner.Request.Body).ReadToEndAsync(),
        });

        app.MapGet("/outer", async (HttpContext outer, IHttpContextAccessor accessor, InProcessApi api) =>
        {
            var answer = await api.SendAsync(outer, HttpMethods.Post, "/api/echo?x=a%20b", CultureInfo.GetCultureInfo("de-DE"), Encoding.UTF8.GetBytes("{\"a\":1}"));
            return new
            {
                status = answer.StatusCode,
                inner = answer.Json,
                outerStillSeen = ReferenceEquals(accessor.HttpContext, outer),
                outerCulture = CultureInfo.CurrentUICulture.Name,
            };
        });

        app.MapGet("/outer-file", async (HttpContext outer, InProcessApi api) =>
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes("company;email\nÄpfel AG;a@b.example\n"));
            var answer = await api.SendAsync(outer, HttpMethods.Post, "/api/echo?x=true", CultureInfo.GetCultureInfo("en"), file, "text/csv");
            return answer.Json;
        });

        await app.StartAsync();
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_sub_request_runs_as_the_user_in_the_page_language_and_the_outer_request_keeps_its_context()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/outer");
        request.Headers.Add("Cookie", "secret=1");
        request.Headers.AcceptLanguage.ParseAdd("ko-KR");
        using var response = await Client.SendAsync(request);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.AreEqual(200, answer.GetProperty("status").GetInt32());
        Assert.IsTrue(answer.GetProperty("outerStillSeen").GetBoolean(), "the outer request's IHttpContextAccessor survives the sub-request");
        Assert.AreEqual("ko-KR", answer.GetProperty("outerCulture").GetString());
        var inner = answer.GetProperty("inner");
        Assert.AreEqual("clerk", inner.GetProperty("user").GetString());
        Assert.IsTrue(inner.GetProperty("accessorSeesThisRequest").GetBoolean());
        Assert.AreEqual("de-DE", inner.GetProperty("culture").GetString());
        Assert.AreEqual("application/json", inner.GetProperty("contentType").GetString());
        Assert.AreEqual("application/json", inner.GetProperty("accept").GetString());
        Assert.AreEqual(string.Empty, inner.GetProperty("cookies").GetString(), "no credentials are forwarded");
        Assert.AreEqual("a b", inner.GetProperty("query").GetString());
        Assert.IsTrue(inner.GetProperty("loopback").GetBoolean(), "the sub-request has the browser's connection");
        Assert.AreEqual("{\"a\":1}", inner.GetProperty("body").GetString());
    }

    [TestMethod]
    public async Task A_raw_body_is_sent_as_it_is_with_its_own_media_type()
    {
        var inner = await Client.GetFromJsonAsync<JsonElement>("/outer-file");

        Assert.AreEqual("text/csv", inner.GetProperty("contentType").GetString());
        Assert.AreEqual("company;email\nÄpfel AG;a@b.example\n", inner.GetProperty("body").GetString());
        Assert.AreEqual(Encoding.UTF8.GetByteCount("company;email\nÄpfel AG;a@b.example\n"), inner.GetProperty("contentLength").GetInt32());
        Assert.AreEqual("true", inner.GetProperty("query").GetString());
        Assert.AreEqual("application/json", inner.GetProperty("accept").GetString());
    }
}
