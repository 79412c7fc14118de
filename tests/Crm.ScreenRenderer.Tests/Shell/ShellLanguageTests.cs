using System.Globalization;
using System.Net;
using System.Security.Claims;
using Crm.ScreenRenderer.Shell;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crm.ScreenRenderer.Tests.Shell;

/// <summary>
/// The user's language as <c>AddScreenRenderer</c> configures it, in a Kestrel host whose sign-in
/// runs before request localization: query, then cookie, then the <c>locale</c> claim, then the browser.
/// </summary>
[TestClass]
public sealed class ShellLanguageTests
{
    private static WebApplication? _app;
    private static HttpClient? _client;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddScreenRenderer();
        var app = builder.Build();

        // Stands in for UseAuthentication: a user with a locale claim when the test asks for one.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Locale", out var locale))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "rep"), new Claim("locale", locale.ToString())], "Test"));
            }

            return next(context);
        });
        app.UseRequestLocalization();
        app.MapGet("/culture", () => CultureInfo.CurrentUICulture.Name + "|" + CultureInfo.CurrentCulture.Name);
        await app.StartAsync();
        _app = app;
        _client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(app.Urls.First()) };
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
    [DataRow(null, null, null, null, "en-GB")]
    [DataRow(null, null, null, "de-AT,de;q=0.9", "de-DE")]
    [DataRow(null, null, null, "fr-FR", "en-GB")]
    [DataRow(null, null, "ko-KR", "de", "ko-KR")]
    [DataRow(null, "c=de-DE|uic=de-DE", "ko-KR", "en", "de-DE")]
    [DataRow("ko", "c=de-DE|uic=de-DE", "en-GB", "de", "ko-KR")]
    public async Task The_first_source_that_names_an_offered_language_decides(string? query, string? cookie, string? claim, string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, query is null ? "/culture" : "/culture?culture=" + query);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", ".AspNetCore.Culture=" + WebUtility.UrlEncode(cookie));
        }

        if (claim is not null)
        {
            request.Headers.Add("X-Locale", claim);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await _client!.SendAsync(request);
        Assert.AreEqual($"{expected}|{expected}", await response.Content.ReadAsStringAsync());
    }
}
