using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.Testing.Hosting;
using Host.Sample.Tests.Security;

namespace Host.Sample.Tests.Hostile;

/// <summary>Hostile query strings on every GET route of the permission table and every write route.</summary>
public abstract partial class HostileInputTests
{
    /// <summary>
    /// Every GET route (<c>/api/crm</c> and <c>/api/erp</c>, from <see cref="PermissionTable"/>) with
    /// every query of <see cref="HostileValues.Queries"/>, and every write route with its valid body and
    /// <see cref="HostileValues.WriteQueries"/>: never a 5xx, refusals are problem+json, reads change no
    /// row, refused writes change nothing and successful ones only their record.
    /// </summary>
    [TestMethod]
    public async Task Hostile_query_strings_are_answered_cleanly_and_write_nothing_unasked()
    {
        using var admin = Host.ClientFor("admin");
        var records = await SeedRecordsAsync(admin, "admin");
        var codes = new List<string>();
        foreach (var entity in new[] { "leads", "opportunities", "inquiries", "activities" })
        {
            var fields = await admin.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields?entity={entity}", TestContext.CancellationToken);
            codes.AddRange(Codes(fields));
        }

        var screens = await admin.GetFromJsonAsync<JsonElement>("/api/crm/screens", TestContext.CancellationToken);
        var pipelines = await admin.GetFromJsonAsync<JsonElement>("/api/crm/pipelines", TestContext.CancellationToken);
        var screen = screens[0].GetProperty("id").GetString()!;
        var pipeline = pipelines[0].GetProperty("code").GetString()!;
        var queries = HostileValues.Queries(codes.Distinct(StringComparer.Ordinal));

        var failures = new List<string>();
        var sent = 0;
        await SettleAsync(failures, "seeding");
        foreach (var row in PermissionTable.Rows.Where(r => r.Route.Method == "GET"))
        {
            // Reads write nothing: one snapshot of every table around the route's whole batch.
            var path = PathFor(row.Route.Pattern, records, pipeline, screen);
            var before = await Host.SnapshotAsync(_ => true);
            foreach (var query in queries)
            {
                using var response = await admin.GetAsync(new Uri($"{path}?{query}", UriKind.Relative), TestContext.CancellationToken);
                sent++;
                var verdict = await JudgeAsync(response, $"{path}?{query}", before, before);
                failures.AddRange(verdict.Failures.Select(failure => $"GET {path}?{HostileValues.Shorten(query)} → {(int)response.StatusCode}: {failure}"));
            }

            await SettleAsync(failures, $"GET {path}");
            var after = await Host.SnapshotAsync(_ => true);
            failures.AddRange(after.TableNames.Union(before.TableNames)
                .Where(t => !IsBackground(t) && (before.RemovedIn(after, t).Count > 0 || before.AddedIn(after, t).Count > 0))
                .Select(t => $"GET {path} with hostile queries changed {t}"));
        }

        foreach (var route in CrmWriteRoutes.All)
        {
            var path = Fill(route.Route, records);
            var body = Encoding.UTF8.GetBytes(Fill(route.Body, records));
            var named = records.Where(r => route.Route.Contains(r.Key, StringComparison.Ordinal) || route.Body.Contains(r.Key, StringComparison.Ordinal) || route.AlsoChanges.Contains(r.Key)).Select(r => r.Value).ToList();
            var before = await Host.SnapshotAsync(IsAddOnTable);
            foreach (var query in HostileValues.WriteQueries)
            {
                var target = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
                using var message = new HostileRequest(route.Method, target, query, body, route.ContentType, named).ToMessage();
                using var response = await admin.SendAsync(message, TestContext.CancellationToken);
                sent++;
                var after = await Host.SnapshotAsync(IsAddOnTable);
                var what = $"{route.Method} {HostileValues.Shorten(target)} → {(int)response.StatusCode}";
                var verdict = await JudgeAsync(response, target, before, after);
                if (verdict.Succeeded)
                {
                    failures.AddRange(UnrelatedChanges(before, after, route, named).Select(change => $"{what}: {change}"));
                }

                failures.AddRange(verdict.Failures.Select(failure => $"{what}: {failure}"));
                before = after;
            }

            await SettleAsync(failures, $"{route.Method} {route.Route}");
        }

        TestContext.WriteLine($"{sent} requests with hostile query strings on {Host.Engine}");
        Assert.AreEqual(0, failures.Count, $"{failures.Count} of {sent} requests misbehaved:\n{string.Join('\n', failures.Take(80))}\n--- host output ---\n{Shorten(Host.Process.Output, 4_000)}");
    }

    /// <summary>The path for a GET route pattern, its parameters filled from the seeded records.</summary>
    private static string PathFor(string pattern, Dictionary<string, string> records, string pipeline, string screen)
    {
        var id = pattern switch
        {
            _ when pattern.StartsWith("/api/crm/leads/", StringComparison.Ordinal) => "{lead}",
            _ when pattern.StartsWith("/api/crm/opportunities/", StringComparison.Ordinal) => "{opportunity}",
            _ when pattern.StartsWith("/api/crm/activities/", StringComparison.Ordinal) => "{activity}",
            _ => "{prospect}",
        };
        var code = pattern.StartsWith("/api/crm/pipelines/", StringComparison.Ordinal) ? pipeline : records["{rule}"];
        return pattern
            .Replace("{id:long}", records[id], StringComparison.Ordinal)
            .Replace("{number}", records["{inquiry}"], StringComparison.Ordinal)
            .Replace("{code}", code, StringComparison.Ordinal)
            .Replace("{entity}/{key}", $"leads/{records["{lead}"]}", StringComparison.Ordinal)
            .Replace("{key}", records["{account}"], StringComparison.Ordinal)
            .Replace("{id}", screen, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Codes(JsonElement fields)
    {
        var list = fields.ValueKind == JsonValueKind.Array ? fields : fields.TryGetProperty("fields", out var inner) ? inner : default;
        return list.ValueKind != JsonValueKind.Array
            ? []
            : list.EnumerateArray().Where(f => f.TryGetProperty("code", out _)).Select(f => f.GetProperty("code").GetString()!);
    }
}
