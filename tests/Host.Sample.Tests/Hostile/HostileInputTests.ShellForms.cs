using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Sample.Tests.EndToEnd;

namespace Host.Sample.Tests.Hostile;

/// <summary>The web shell's form posts (<c>/screens/{id}/actions/{action}</c>, <c>/signin</c>, <c>/screens/_language</c>) with hostile fields.</summary>
public abstract partial class HostileInputTests
{
    private const int FormValuesPerField = 6;

    /// <summary>Form field values: the shell posts text, so the hostile texts of <see cref="HostileValues.Fields"/> plus JSON for record literals.</summary>
    private static readonly string[] FormValues =
    [
        string.Empty, "   ", new string('x', 100_000), "\u0000", "a\u0000b", "\u001b[2J", "\u202egnp.exe", "한국어 عربي 😀",
        "' OR 1=1 --", "; DROP TABLE crm_leads;", "../../etc/passwd", "C10001'--", "-1e400", "1e308", "-1", "2027-02-30",
        "9999-12-31T23:59", "on", "{\"__proto__\":{}}", "[1,\"a\",null]", "null", "\"\\ud800\"", "<script>alert(1)</script>",
    ];

    /// <summary>
    /// Every action of every screen the admin may open, posted as the shell's form with each field (the
    /// action's inputs, the screen's editable fields, <c>_key</c>, <c>_record.*</c>, <c>_route.*</c>,
    /// <c>_return</c>) set to hostile text in turn: never a 5xx; a refusal (4xx) changes nothing; a
    /// success goes back to a local address only. Then the sign-in and language forms the same way.
    /// </summary>
    [TestMethod]
    public async Task Hostile_shell_form_posts_are_refused_cleanly_or_go_back_to_a_local_page()
    {
        using var admin = Host.ClientFor("admin");
        var records = await SeedRecordsAsync(admin, "admin");
        using var browser = await ShellBrowser.SignedInAsync(Host.Process, "admin");
        var screens = await admin.GetFromJsonAsync<JsonElement>("/api/crm/screens", TestContext.CancellationToken);
        var failures = new List<string>();
        var sent = 0;
        await SettleAsync(failures, "seeding");
        var before = await Host.SnapshotAsync(_ => true);
        foreach (var id in screens.EnumerateArray().Select(s => s.GetProperty("id").GetString()!))
        {
            var screen = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/screens/{Uri.EscapeDataString(id)}", TestContext.CancellationToken);
            var editable = screen.GetProperty("sections").EnumerateArray()
                .Where(s => !s.TryGetProperty("rowsPath", out var rows) || rows.ValueKind == JsonValueKind.Null)
                .SelectMany(s => s.GetProperty("fields").EnumerateArray())
                .Where(f => f.TryGetProperty("editable", out var e) && e.ValueKind == JsonValueKind.True)
                .Select(f => f.GetProperty("id").GetString()!)
                .ToList();
            foreach (var action in screen.GetProperty("actions").EnumerateArray())
            {
                var path = $"/screens/{Uri.EscapeDataString(id)}/actions/{Uri.EscapeDataString(action.GetProperty("id").GetString()!)}";
                var route = action.GetProperty("route").GetString()!;
                var fields = FormFields(action, route, editable);
                var valid = new Dictionary<string, string>(StringComparer.Ordinal) { ["_key"] = KeyFor(route, records) };
                var random = new Random(Seed + StableHash(path));
                foreach (var field in fields)
                {
                    foreach (var value in FormValues.OrderBy(_ => random.Next()).Take(FormValuesPerField))
                    {
                        var form = new Dictionary<string, string>(valid) { [field] = value };
                        using var response = await browser.PostFormAsync(path, form);
                        sent++;
                        var after = await Host.SnapshotAsync(_ => true);
                        failures.AddRange(ShellFailures(response, before, after).Select(f => $"POST {path} [{field}={HostileValues.Shorten(value)}] → {(int)response.StatusCode}: {f}"));
                        before = after;
                    }
                }
            }

            await SettleAsync(failures, $"screen {id}");
            before = await Host.SnapshotAsync(_ => true);
        }

        foreach (var (path, fields) in new[] { ("/signin", new[] { "userName", "password", "_return" }), ("/screens/_language", new[] { "culture", "_return" }) })
        {
            foreach (var field in fields)
            {
                foreach (var value in FormValues)
                {
                    var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["userName"] = "admin", ["password"] = "wrong", ["culture"] = "de", [field] = value };
                    using var response = await browser.PostFormAsync(path, form);
                    sent++;
                    var after = await Host.SnapshotAsync(_ => true);
                    failures.AddRange(ShellFailures(response, before, after).Select(f => $"POST {path} [{field}={HostileValues.Shorten(value)}] → {(int)response.StatusCode}: {f}"));
                    before = after;
                }
            }
        }

        TestContext.WriteLine($"{sent} hostile shell form posts on {Host.Engine}");
        Assert.AreEqual(0, failures.Count, $"{failures.Count} of {sent} form posts misbehaved:\n{string.Join('\n', failures.Take(80))}\n--- host output ---\n{Shorten(Host.Process.Output, 4_000)}");
    }

    /// <summary>The form fields the shell posts for an action: its inputs, the record values it copies, the route's placeholders and the screen's editable fields when it sends the form.</summary>
    private static List<string> FormFields(JsonElement action, string route, List<string> editable)
    {
        var fields = new List<string> { "_key", "_return" };
        if (action.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Array)
        {
            fields.AddRange(inputs.EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        if (action.TryGetProperty("recordValues", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            fields.AddRange(values.EnumerateArray().Select(v => "_record." + v.GetString()));
        }

        fields.AddRange(RoutePlaceholder().Matches(route).Select(m => m.Groups[1].Value).Where(n => n != "key").Select(n => "_route." + n));
        if (action.TryGetProperty("sendsForm", out var sends) && sends.ValueKind == JsonValueKind.True)
        {
            fields.AddRange(editable);
        }

        return [.. fields.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A record of the action's kind, so that the requests reach the route's validation.</summary>
    private static string KeyFor(string route, Dictionary<string, string> records) => route switch
    {
        _ when route.Contains("/leads/", StringComparison.Ordinal) => records["{lead}"],
        _ when route.Contains("/opportunities/", StringComparison.Ordinal) => records["{opportunity}"],
        _ when route.Contains("/activities/", StringComparison.Ordinal) => records["{activity}"],
        _ when route.Contains("/inquiries/", StringComparison.Ordinal) => records["{inquiry}"],
        _ when route.Contains("/prospects/", StringComparison.Ordinal) => records["{prospect}"],
        _ => records["{account}"],
    };

    /// <summary>
    /// A shell answer is a page, not problem+json: never a 5xx; a refusal (4xx) changes no row; a
    /// redirect goes to a path of this host, never to another site.
    /// </summary>
    private static IEnumerable<string> ShellFailures(HttpResponseMessage response, TableSnapshot before, TableSnapshot after)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            yield return "a server error";
        }
        else if (status >= 400)
        {
            foreach (var change in ChangesAfterRefusal(before, after))
            {
                yield return change;
            }
        }
        else if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString is { } location
            && (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal)))
        {
            yield return $"redirects off the host to {location}";
        }
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex RoutePlaceholder();
}
