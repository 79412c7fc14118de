using Crm.Module.Accounts;
using Crm.Module.Sales.AccountHistory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// The routes of the account contributors side by side (owners, account history, segments), as a
/// host mounts them: a real Kestrel on loopback reports which route pattern each path matched (no
/// endpoint runs), so a literal segment such as <c>reorder-due</c> or <c>owners</c> never swallows
/// another route.
/// </summary>
[TestClass]
public sealed class AccountRouteTests
{
    [TestMethod]
    [DataRow("/api/crm/accounts/owners/assign-by-rules", "POST", "/api/crm/accounts/owners/assign-by-rules")]
    [DataRow("/api/crm/accounts/owners/assign-by-rules?dryRun=true", "POST", "/api/crm/accounts/owners/assign-by-rules")]
    [DataRow("/api/crm/accounts/owners/owner", "PUT", "/api/crm/accounts/{key}/owner")]
    [DataRow("/api/crm/accounts/owners/owner", "GET", "/api/crm/accounts/{key}/owner")]
    [DataRow("/api/crm/accounts/C10001/owner", "PUT", "/api/crm/accounts/{key}/owner")]
    [DataRow("/api/crm/accounts/owners/history", "GET", "/api/crm/accounts/{key}/history")]
    [DataRow("/api/crm/accounts/owners", "GET", "/api/crm/accounts/{key}")]
    [DataRow("/api/crm/accounts/reorder-due", "GET", "/api/crm/accounts/reorder-due")]
    [DataRow("/api/crm/accounts/reorder-due?owner=rep&toleranceDays=3", "GET", "/api/crm/accounts/reorder-due")]
    [DataRow("/api/crm/accounts/C10001", "GET", "/api/crm/accounts/{key}")]
    [DataRow("/api/crm/accounts/C10001/history", "GET", "/api/crm/accounts/{key}/history")]
    [DataRow("/api/crm/accounts/C10001/segment", "GET", "/api/crm/accounts/{key}/segment")]
    [DataRow("/api/crm/accounts/C10001/overview", "GET", "/api/crm/accounts/{key}/overview")]
    [DataRow("/api/crm/accounts/reorder-due/history", "GET", "/api/crm/accounts/{key}/history")]
    [DataRow("/api/crm/segments", "GET", "/api/crm/segments/")]
    [DataRow("/api/crm/segments/accounts?tier=Loyal", "GET", "/api/crm/segments/accounts")]
    [DataRow("/api/crm/segments/recompute", "POST", "/api/crm/segments/recompute")]
    public async Task Each_path_resolves_to_its_own_route(string path, string method, string pattern)
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.AreEqual(pattern, await response.Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseRouting();
        app.Run(context => context.Response.WriteAsync(context.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText ?? string.Empty : "no route"));
        var api = app.MapGroup("/api/crm");
        new AccountEndpoints().MapEndpoints(api);
        new AccountHistoryEndpoints().MapEndpoints(api);
        await app.StartAsync();
        return app;
    }
}
