using System.Globalization;
using System.Net;
using System.Text.Json;
using Crm.Abstractions.Screens;
using Crm.Module.Screens.Labels;
using Crm.Module.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// <c>GET /api/crm/screens/labels</c> on a real Kestrel with the add-on's labels and two plugins':
/// the request's culture, fallback per key to the neutral text, precedence on a shared key, and a bad culture.
/// </summary>
[TestClass]
public sealed class ScreenLabelApiTests : IAsyncDisposable
{
    private readonly TestUser _user = new();
    private ScreenApiHost? _host;

    private HttpClient Client => _host!.Client;

    [TestInitialize]
    public async Task StartAsync() => _host = await ScreenApiHost.StartAsync(_user, services => services.AddSingleton(new ScreenLabels(new ILabelSource[] { TestLabelSource.Zeta, new CrmLabelSource(), TestLabelSource.Acme })), app => app.UseRequestLocalization(o => o.SetDefaultCulture("en-US").AddSupportedUICultures("en-US", "de-DE")));

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_culture_query_picks_the_language_and_a_missing_text_falls_back_to_english()
    {
        using var labels = await GetJsonAsync("/api/crm/screens/labels?culture=de-DE");

        Assert.AreEqual("de-DE", labels.RootElement.GetProperty("culture").GetString());
        Assert.AreEqual("Rückrufcharge", Label(labels, "acme.recallBatch"));
        Assert.AreEqual("Last service visit", Label(labels, "acme.lastVisit"));
    }

    [TestMethod]
    public async Task Without_a_query_the_requests_ui_culture_decides()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/crm/screens/labels", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("de-DE");
        using var response = await Client.SendAsync(request);
        using var labels = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.AreEqual("de-DE", labels.RootElement.GetProperty("culture").GetString());
        Assert.AreEqual("Rückrufcharge", Label(labels, "acme.recallBatch"));
    }

    [TestMethod]
    public async Task Every_key_of_every_source_is_answered()
    {
        using var labels = await GetJsonAsync("/api/crm/screens/labels?culture=en-US");

        Assert.AreEqual("Zeta only", Label(labels, "zeta.only"));
        Assert.AreEqual("Recall batch", Label(labels, "acme.recallBatch"));
        Assert.AreEqual("Loaded plugins", Label(labels, "screens.plugins.title"));
    }

    [TestMethod]
    public async Task On_a_shared_key_the_add_ons_text_wins_then_the_source_first_by_name()
    {
        using var labels = await GetJsonAsync("/api/crm/screens/labels?culture=en-US");

        var own = new CrmLabelSource().Labels.GetString("screens.inquiryQueue.title", CultureInfo.InvariantCulture);
        Assert.AreEqual(own, Label(labels, "screens.inquiryQueue.title"));
        Assert.AreNotEqual("Acme's queue", own);
        Assert.AreEqual("Acme's text", Label(labels, "acme.shared"));
    }

    [TestMethod]
    public async Task An_unknown_culture_is_a_400_naming_the_culture()
    {
        using var response = await Client.GetAsync(new Uri("/api/crm/screens/labels?culture=no-such-culture", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.IsTrue(problem.RootElement.GetProperty("errors").TryGetProperty("culture", out _), problem.RootElement.ToString());
    }

    [TestMethod]
    public async Task A_user_who_is_not_signed_in_gets_no_labels()
    {
        _user.IsAuthenticated = false;

        using var response = await Client.GetAsync(new Uri("/api/crm/screens/labels", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TestMethod]
    public void Each_culture_is_built_once()
    {
        var labels = new ScreenLabels([new CrmLabelSource()]);

        Assert.AreSame(labels.For(CultureInfo.GetCultureInfo("ko-KR")), labels.For(CultureInfo.GetCultureInfo("ko-KR")));
        Assert.AreNotSame(labels.For(CultureInfo.GetCultureInfo("ko-KR")), labels.For(CultureInfo.GetCultureInfo("de-DE")));
    }

    private static string? Label(JsonDocument labels, string key) =>
        labels.RootElement.GetProperty("labels").TryGetProperty(key, out var text) ? text.GetString() : null;

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
