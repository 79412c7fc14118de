using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Microsoft.AspNetCore.Routing;

namespace Host.Sample.Tests.Security;

/// <summary>
/// Walks every API route Host.Sample maps (its own <c>/api/erp</c> and the add-on's <c>/api/crm</c>,
/// read from the running host's endpoint data source) with every demo role and anonymously, and
/// compares each answer's class with <see cref="PermissionTable"/>; once per database engine.
/// </summary>
public abstract partial class PermissionTableTests
{
    private static readonly HostPerTestClass<WalkedHost> Hosts = new();

    private InProcessHostSample Host => Walked.Host;

    private SeededRecords Records => Walked.Records;

    private WalkedHost Walked => Hosts.For(GetType());

    protected static Task StartHostAsync(TestContext context, DatabaseEngine engine) =>
        Hosts.StartAsync(context, () => WalkedHost.StartAsync(engine));

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static Task StopHostAsync(TestContext context) => Hosts.StopAsync(context);

    [TestMethod]
    public void Every_mapped_api_route_has_a_row_and_every_row_a_route()
    {
        var mapped = MappedApiRoutes();
        var missing = mapped.Except(PermissionTable.Rows.Select(r => r.Route)).ToList();
        var stale = PermissionTable.Rows.Select(r => r.Route).Except(mapped).ToList();
        Assert.IsEmpty(missing, "Routes without a row in PermissionTable: " + string.Join(", ", missing));
        Assert.IsEmpty(stale, "Rows in PermissionTable for routes the host does not map: " + string.Join(", ", stale));
    }

    [TestMethod]
    public async Task Every_route_answers_every_role_as_the_table_says()
    {
        var mismatches = new StringBuilder();
        var actualTable = new StringBuilder();
        foreach (var route in MappedApiRoutes())
        {
            var row = PermissionTable.Rows.SingleOrDefault(r => r.Route == route);
            if (row is null)
            {
                mismatches.AppendLine(CultureInfo.InvariantCulture, $"{route.Method} {route.Pattern}: no row in PermissionTable");
            }

            var answers = new List<string>();
            for (var i = 0; i < PermissionTable.Roles.Count; i++)
            {
                var role = PermissionTable.Roles[i];
                using var client = Host.ClientFor(role == PermissionTable.Anonymous ? null : role);
                using var request = RouteRequests.Create(route.Method, route.Pattern, Records);
                using var response = await client.SendAsync(request);
                answers.Add(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                var actual = OutcomeOf.Status(response.StatusCode);
                if (row is not null && actual != row.Expected[i])
                {
                    mismatches.AppendLine(CultureInfo.InvariantCulture, $"{route.Method} {request.RequestUri} as {role}: expected {row.Expected[i]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }

            actualTable.AppendLine(CultureInfo.InvariantCulture, $"{route.Method} {route.Pattern}: {string.Join(" ", answers)}");
        }

        // The whole walk's answers go with a failure: what changed is then visible beside the table.
        Assert.AreEqual(string.Empty, mismatches.ToString(), actualTable.ToString());
    }

    [TestMethod]
    public async Task Without_sign_in_every_route_but_the_sign_in_and_the_shells_assets_is_refused()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var anonymous = new HttpClient(handler) { BaseAddress = Host.BaseAddress };
        var answers = new StringBuilder();
        foreach (var route in MappedRoutes(_ => true).Where(r => !PublicRoutes.Contains(r)))
        {
            var path = RouteParameter().Replace(route.Pattern.Length == 0 ? "/" : route.Pattern, p => p.Value.EndsWith(":long}", StringComparison.Ordinal) ? "1" : SeededRecords.Account);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path, UriKind.Relative));
            using var response = await anonymous.SendAsync(request);
            var refused = path.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith(Host.BaseAddress + "signin", StringComparison.Ordinal) == true;
            if (!refused)
            {
                answers.AppendLine(CultureInfo.InvariantCulture, $"{route.Method} {path}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.AreEqual(string.Empty, answers.ToString());
    }

    // What a browser needs before it can sign in: the start page (a link to the sign-in page),
    // the sign-in page and form, and the shell's script and style sheet; and signing out,
    // which without a sign-in has nothing to end and only sends the browser to the sign-in page.
    private static readonly HashSet<RouteKey> PublicRoutes =
    [
        new("GET", ""),
        new("GET", "/signin"),
        new("POST", "/signin"),
        new("GET", "/screens/_assets/{name}"),
        new("POST", "/signout"),
    ];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    private List<RouteKey> MappedApiRoutes() =>
        MappedRoutes(raw => raw.StartsWith("/api/crm", StringComparison.Ordinal) || raw.StartsWith("/api/erp", StringComparison.Ordinal));

    private List<RouteKey> MappedRoutes(Func<string, bool> include) =>
        Host.Endpoints
            .Where(e => e.RoutePattern.RawText is { } raw && include(raw))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => new RouteKey(m, e.RoutePattern.RawText!.TrimEnd('/'))))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
}
