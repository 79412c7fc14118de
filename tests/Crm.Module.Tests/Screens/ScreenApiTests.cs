using System.Net;
using System.Text.Json;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;

namespace Crm.Module.Tests.Screens;

/// <summary>
/// <c>/api/crm/screens</c> as a host mounts it on a real Kestrel: which screens and actions a user's
/// roles see, and the problem answers.
/// </summary>
[TestClass]
public sealed class ScreenApiTests : IAsyncDisposable
{
    private readonly TestUser _user = new();
    private ScreenApiHost? _host;

    private HttpClient Client => _host!.Client;

    [TestInitialize]
    public async Task StartAsync() => _host = await ScreenApiHost.StartAsync(_user);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task The_list_holds_the_screens_the_users_roles_may_open()
    {
        _user.SetRoles(CrmRoles.OrderClerk);
        var clerk = await ScreenIdsAsync();
        _user.SetRoles(CrmRoles.Finance);
        var finance = await ScreenIdsAsync();

        CollectionAssert.IsSubsetOf(new[] { "crm.inquiry-quick-log", "crm.inquiry-queue", "crm.my-activities", "erp.customer-card" }, clerk);
        CollectionAssert.DoesNotContain(clerk, "crm.forecast");
        CollectionAssert.DoesNotContain(clerk, "crm.pipeline-board.default");
        CollectionAssert.Contains(finance, "crm.forecast");
        CollectionAssert.DoesNotContain(finance, "crm.lead-list");
    }

    [TestMethod]
    public async Task A_list_entry_carries_kind_and_title_key()
    {
        _user.SetRoles(CrmRoles.SalesRep);

        using var list = await GetJsonAsync("/api/crm/screens");
        var board = list.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "crm.pipeline-board.default");

        Assert.AreEqual("Board", board.GetProperty("kind").GetString());
        Assert.AreEqual("screens.pipelineBoard.title", board.GetProperty("titleKey").GetString());
        Assert.AreEqual("Sales", board.GetProperty("titleArgument").GetString());
    }

    [TestMethod]
    public async Task Actions_a_users_roles_do_not_see_are_left_out_of_the_definition()
    {
        _user.SetRoles(CrmRoles.SalesRep);
        var rep = await ActionIdsAsync("crm.lead-list");
        _user.SetRoles(CrmRoles.SalesManager);
        var manager = await ActionIdsAsync("crm.lead-list");

        CollectionAssert.DoesNotContain(rep, "import");
        CollectionAssert.Contains(manager, "import");
        CollectionAssert.IsSubsetOf(rep, manager);
    }

    [TestMethod]
    public async Task The_definition_comes_with_its_data_route_sections_and_fields()
    {
        _user.SetRoles(CrmRoles.OrderClerk);

        using var queue = await GetJsonAsync("/api/crm/screens/crm.inquiry-queue");
        var root = queue.RootElement;

        Assert.AreEqual("/api/crm/inquiries?view=Open", root.GetProperty("dataRoute").GetString());
        Assert.AreEqual("List", root.GetProperty("kind").GetString());
        var subject = root.GetProperty("sections")[0].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "subject");
        Assert.AreEqual("Text", subject.GetProperty("type").GetString());
        Assert.AreEqual("screens.inquiryQueue.subject", subject.GetProperty("labelKey").GetString());
    }

    [TestMethod]
    public async Task An_unknown_screen_is_a_404_problem()
    {
        using var response = await Client.GetAsync(new Uri("/api/crm/screens/crm.nothing", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.AreEqual("crm.nothing", problem.RootElement.GetProperty("key").GetString());
    }

    [TestMethod]
    public async Task A_screen_the_users_roles_may_not_open_is_a_403_problem()
    {
        _user.SetRoles(CrmRoles.OrderClerk);

        using var response = await Client.GetAsync(new Uri("/api/crm/screens/crm.forecast", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string[]> ScreenIdsAsync()
    {
        using var list = await GetJsonAsync("/api/crm/screens");
        return [.. list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private async Task<string[]> ActionIdsAsync(string screen)
    {
        using var definition = await GetJsonAsync("/api/crm/screens/" + screen);
        return [.. definition.RootElement.GetProperty("actions").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
