using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Abstractions.Erp;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Host.Sample.Tests.Security;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// Every write route of the add-on (<see cref="CrmWriteRoutes"/>) driven with hostile input against a
/// real Host.Sample, as admin and as the clerk and a rep on the routes their roles may use: never a
/// 5xx; a refusal is problem+json and changes nothing; a success changes only the record it names and
/// the tables that route may touch. Once per database engine, with the same deterministic requests.
/// </summary>
public abstract partial class HostileInputTests
{
    private const int Seed = 20261124;
    private const int ValuesPerField = 9;
    private const string LoneSurrogateMarker = "lone-surrogate-marker";

    private static readonly HostPerTestClass<FuzzedHost> Hosts = new();

    // Written by background work (outbox dispatch, job and rule-run bookkeeping), so a request's effect
    // on them cannot be told apart; the outbox is still checked for new rows after a refusal.
    private static readonly HashSet<string> Background = new(StringComparer.Ordinal) { "crm_outbox", "crm_job_runs", "crm_follow_up_runs" };

    // Journals every successful write appends to (the audit log, issue 8: its entries, the chain's
    // head and each record's last audited state).
    private static readonly string[] Journals = ["crm_lead_history", "crm_inquiry_timeline", "crm_sequences", "crm_audit_log", "crm_audit_head", "crm_audit_states"];

    public TestContext TestContext { get; set; } = null!;

    private FuzzedHost Host => Hosts.For(GetType());

    protected static Task StartHostAsync(TestContext context, DatabaseEngine engine) =>
        Hosts.StartAsync(context, () => FuzzedHost.StartAsync(engine));

    [ClassCleanup(InheritanceBehavior.BeforeEachDerivedClass)]
    public static Task StopHostAsync(TestContext context) => Hosts.StopAsync(context);

    [TestMethod]
    public async Task Hostile_input_to_every_write_route_is_refused_cleanly_or_changes_only_its_record()
    {
        using var admin = Host.ClientFor("admin");
        var records = await SeedRecordsAsync(admin, "admin");
        await FuzzAsync(admin, CrmWriteRoutes.All, records);
    }

    /// <summary>
    /// The same fuzz as a role on every write route its column of <see cref="PermissionTable"/> allows,
    /// with records of its own (a rep's lead, opportunity and activity), so the requests get past the
    /// record rules and reach validation; refusals there must be just as clean.
    /// </summary>
    [TestMethod]
    [DataRow("clerk")]
    [DataRow("rep")]
    public async Task Hostile_input_as_a_non_admin_role_is_refused_cleanly_or_changes_only_its_record(string role)
    {
        using var admin = Host.ClientFor("admin");
        using var client = Host.ClientFor(role);
        var records = await SeedRecordsAsync(admin, role);
        var column = PermissionTable.Roles.ToList().IndexOf(role);
        var allowed = CrmWriteRoutes.All
            .Where(route => PermissionTable.Rows.Single(row => row.Route == new RouteKey(route.Method, PatternOf(route.Route))).Expected[column] == Outcome.Allowed)
            .ToList();
        Assert.IsNotEmpty(allowed, $"{role} may use no write route");
        await FuzzAsync(client, allowed, records);
    }

    /// <summary>The route pattern the host maps (and <see cref="PermissionTable"/> names) for a route of <see cref="CrmWriteRoutes"/>.</summary>
    internal static string PatternOf(string route)
    {
        var path = route.Split('?')[0];
        if (path.StartsWith("/api/crm/custom-fields/", StringComparison.Ordinal))
        {
            return "/api/crm/custom-fields/{entity}/{key}";
        }

        foreach (var placeholder in new[] { "{lead}", "{otherLead}", "{opportunity}", "{activity}", "{prospect}", "{prospectLead}" })
        {
            path = path.Replace(placeholder, "{id:long}", StringComparison.Ordinal);
        }

        return path
            .Replace("{inquiry}", "{number}", StringComparison.Ordinal)
            .Replace("{account}", "{key}", StringComparison.Ordinal)
            .Replace("{rule}", "{code}", StringComparison.Ordinal);
    }

    private async Task FuzzAsync(HttpClient client, IReadOnlyList<CrmWriteRoute> routes, IReadOnlyDictionary<string, string> records)
    {
        var failures = new List<string>();
        await SettleAsync(failures, "seeding");
        var before = await Host.SnapshotAsync(IsAddOnTable);
        Assert.IsTrue(before.TableNames.Contains("crm_leads"), "the CRM tables are in the ERP database");

        var sent = 0;
        foreach (var route in routes)
        {
            // The ERP's tables are large: read once per route's batch, not per request. The random
            // order of field values depends on the route only, so every engine and role gets the same.
            var erpBefore = await Host.SnapshotAsync(IsErpTable);
            var successes = 0;
            foreach (var request in Variants(route, records, new Random(Seed + CrmWriteRoutes.All.ToList().IndexOf(route))))
            {
                using var message = request.ToMessage();
                using var response = await client.SendAsync(message, TestContext.CancellationToken);
                sent++;
                var what = $"{route.Method} {request.Path} [{request.Name}] → {(int)response.StatusCode}";
                var after = await Host.SnapshotAsync(IsAddOnTable);
                var verdict = await JudgeAsync(response, request.Path, before, after);
                if (verdict.Succeeded)
                {
                    successes++;
                    failures.AddRange(UnrelatedChanges(before, after, route, request.Records).Select(change => $"{what}: {change}"));
                }

                failures.AddRange(verdict.Failures.Select(failure => $"{what}: {failure}"));
                before = after;
            }

            await SettleAsync(failures, $"{route.Method} {route.Route}");
            var erpAfter = await Host.SnapshotAsync(IsErpTable);
            foreach (var table in erpBefore.ChangedIn(erpAfter).Where(t => successes == 0 || !route.Tables.Contains(t)))
            {
                failures.Add($"{route.Method} {route.Route}: hostile requests ({successes} succeeded) changed the ERP's {table}");
            }
        }

        TestContext.WriteLine($"{sent} hostile requests to {routes.Count} write routes on {Host.Engine}");
        Assert.AreEqual(0, failures.Count, $"{failures.Count} of {sent} requests misbehaved:\n{string.Join('\n', failures.Take(80))}\n--- host output ---\n{Shorten(Host.Process.Output, 4_000)}");
    }

    /// <summary>Waits for the events of a batch to be delivered, so what their handlers write is seen with that batch.</summary>
    private async Task SettleAsync(List<string> failures, string after)
    {
        if (!await Host.SettleAsync(TimeSpan.FromSeconds(30)))
        {
            failures.Add($"{after}: its events are still undelivered after 30 s");
        }
    }

    /// <summary>
    /// What an answer shows: never a 5xx; a refusal (4xx) is problem+json and changed nothing. Kestrel
    /// itself refuses a NUL in the path (and a request line over its limit) before any application code
    /// runs: a body-less 400 or 414, allowed, and still checked for changes.
    /// </summary>
    private static async Task<Verdict> JudgeAsync(HttpResponseMessage response, string path, TableSnapshot before, TableSnapshot after)
    {
        var status = (int)response.StatusCode;
        if (status is 400 or 414 && response.Content.Headers.ContentLength == 0 && HostileValues.KestrelRefuses(path))
        {
            return new(false, [.. ChangesAfterRefusal(before, after)]);
        }

        if (status >= 500)
        {
            return new(false, [Shorten(await response.Content.ReadAsStringAsync())]);
        }

        if (status < 400)
        {
            return new(true, []);
        }

        var failures = ChangesAfterRefusal(before, after).ToList();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"a refusal that is not problem+json ({response.Content.Headers.ContentType})");
        }

        return new(false, failures);
    }

    private static bool IsErpTable(string table) => table.StartsWith("erp_", StringComparison.Ordinal);

    private static bool IsAddOnTable(string table) => !IsErpTable(table);

    // The scheduler's own tables (crm_qrtz_*) change as triggers fire, whatever the requests do.
    private static bool IsBackground(string table) => Background.Contains(table) || table.StartsWith("crm_qrtz_", StringComparison.Ordinal);

    private static IEnumerable<string> ChangesAfterRefusal(TableSnapshot before, TableSnapshot after)
    {
        if (after.RowCount("crm_outbox") != before.RowCount("crm_outbox"))
        {
            yield return "a refused request published an event";
        }

        foreach (var table in before.TableNames.Union(after.TableNames).Where(t => !IsBackground(t)))
        {
            if (before.RemovedIn(after, table).Count > 0 || before.AddedIn(after, table).Count > 0)
            {
                yield return $"a refused request changed {table}";
            }
        }
    }

    /// <summary>
    /// After a success: tables outside the route's own stay as they were; on a route about named records
    /// (in its path or body) every changed row names one of them.
    /// </summary>
    private static IEnumerable<string> UnrelatedChanges(TableSnapshot before, TableSnapshot after, CrmWriteRoute route, IReadOnlyList<string> records)
    {
        foreach (var table in before.TableNames.Union(after.TableNames).Where(t => !IsBackground(t) && !Journals.Contains(t)))
        {
            var removed = before.RemovedIn(after, table);
            var added = before.AddedIn(after, table);
            if (removed.Count == 0 && added.Count == 0)
            {
                continue;
            }

            if (!route.Tables.Contains(table))
            {
                yield return $"changed {table}, which this route must not touch";
            }
            else if (records.Count > 0 && removed.FirstOrDefault(row => !row.Any(records.Contains)) is { } unrelated)
            {
                yield return $"changed a row of {table} that is not the named record: {Shorten(string.Join(" | ", unrelated))}";
            }
        }
    }

    private static IEnumerable<HostileRequest> Variants(CrmWriteRoute route, IReadOnlyDictionary<string, string> records, Random random)
    {
        var path = Fill(route.Route, records);
        var body = Fill(route.Body, records);
        var named = records
            .Where(r => route.Route.Contains(r.Key, StringComparison.Ordinal) || route.Body.Contains(r.Key, StringComparison.Ordinal) || route.AlsoChanges.Contains(r.Key))
            .Select(r => r.Value)
            .ToList();
        if (route.ContentType != "application/json")
        {
            foreach (var (name, csv) in HostileValues.CsvFiles())
            {
                yield return new(route.Method, path, name, csv, route.ContentType, named);
            }
        }
        else
        {
            foreach (var (name, bytes, contentType) in HostileValues.Bodies(body))
            {
                yield return new(route.Method, path, name, bytes, contentType, named);
            }

            var valid = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!.AsObject();
            foreach (var field in valid.Select(p => p.Key).ToList())
            {
                foreach (var value in HostileValues.Fields.OrderBy(_ => random.Next()).Take(ValuesPerField))
                {
                    var mutated = valid.DeepClone().AsObject();
                    // A lone surrogate is valid JSON text but no .NET string: it goes in as a marker replaced after writing.
                    var loneSurrogate = value.StartsWith("\"\\ud800", StringComparison.Ordinal);
                    mutated[field] = loneSurrogate ? LoneSurrogateMarker : value == "null" ? null : JsonNode.Parse(value);
                    var text = mutated.ToJsonString().Replace($"\"{LoneSurrogateMarker}\"", value, StringComparison.Ordinal);
                    yield return new(route.Method, path, $"{field}={HostileValues.Shorten(value)}", Encoding.UTF8.GetBytes(text), "application/json", named);
                }
            }
        }

        if (route.KeyPlaceholder is { } placeholder)
        {
            foreach (var key in HostileValues.Keys)
            {
                var tricked = Fill(route.Route.Replace(placeholder, key, StringComparison.Ordinal), records);
                yield return new(route.Method, tricked, $"key {HostileValues.Shorten(key)}", Encoding.UTF8.GetBytes(body), route.ContentType, [.. named, key]);
            }
        }
    }

    /// <summary>
    /// Creates the records the routes act on, as admin, through the API itself: leads and
    /// opportunities owned by <paramref name="user"/> where that user may own them (sales roles), its
    /// activity assigned to <paramref name="user"/>.
    /// </summary>
    private static async Task<Dictionary<string, string>> SeedRecordsAsync(HttpClient admin, string user)
    {
        var owner = user == "clerk" ? "admin" : user;
        var records = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{lead}"] = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead One", contactName = "One", email = $"one-{user}@seed.example", country = "DE", owner }, "id"),
            ["{otherLead}"] = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead Two", contactName = "Two", email = $"two-{user}@seed.example", country = "DE", owner }, "id"),
            ["{opportunity}"] = await CreateAsync(admin, "/api/crm/opportunities", new { name = "Seed deal", accountKey = "C10002", amount = 100m, expectedCloseDate = "2027-03-31", owner }, "id"),
            ["{activity}"] = await CreateAsync(admin, "/api/crm/activities", new { type = "call", subject = "Seed call", accountKey = "C10002", assignee = user }, "id"),
            ["{inquiry}"] = await CreateAsync(admin, "/api/crm/inquiries", new { accountKey = "C10002", subject = "Seed inquiry", channel = "Phone", allowDuplicate = true }, "number"),
            ["{account}"] = "C10003",
        };

        var converted = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead Three", contactName = "Three", email = $"three-{user}@seed.example", country = "DE", owner }, "id");
        await SendOkAsync(admin, $"/api/crm/leads/{converted}/status", new { status = "Qualified", version = 1 });
        using var conversion = await admin.PostAsJsonAsync($"/api/crm/leads/{converted}/convert", new { version = 2, opportunityName = "Seed conversion", amount = 10, expectedCloseDate = "2027-01-31" });
        Assert.IsTrue(conversion.IsSuccessStatusCode, await conversion.Content.ReadAsStringAsync());
        records["{prospectLead}"] = converted;
        records["{prospect}"] = Find((await conversion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("prospect"), "id");

        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/crm/follow-ups/rules");
        records["{rule}"] = Find(rules, "code");
        return records;
    }

    private static async Task<string> CreateAsync(HttpClient admin, string path, object body, string property)
    {
        using var response = await admin.PostAsJsonAsync(path, body);
        Assert.IsTrue(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return Find(await response.Content.ReadFromJsonAsync<JsonElement>(), property);
    }

    private static async Task SendOkAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync(path, body);
        Assert.IsTrue(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The first <paramref name="property"/> in document order, as text: the created record's key wherever the answer nests it.</summary>
    private static string Find(JsonElement element, string property)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty(property, out var value))
                {
                    return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                }

                foreach (var child in element.EnumerateObject())
                {
                    if (FindOrNull(child.Value, property) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindOrNull(item, property) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        throw new AssertFailedException($"no {property} in {element.GetRawText()}");
    }

    private static string? FindOrNull(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object or JsonValueKind.Array && element.GetRawText().Contains($"\"{property}\"", StringComparison.Ordinal)
            ? Find(element, property)
            : null;

    private static string Fill(string text, IReadOnlyDictionary<string, string> records) =>
        records.Aggregate(text, (filled, record) => filled.Replace(record.Key, record.Value, StringComparison.Ordinal));

    private static string Shorten(string text, int length = 300) =>
        text.Length <= length ? text : text[..length] + string.Create(CultureInfo.InvariantCulture, $"…({text.Length} chars)");

    private sealed record Verdict(bool Succeeded, IReadOnlyList<string> Failures);

    private sealed record HostileRequest(string Method, string Path, string Name, byte[] Body, string ContentType, IReadOnlyList<string> Records)
    {
        public HttpRequestMessage ToMessage()
        {
            var content = new ByteArrayContent(Body);
            if (ContentType.Length > 0)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }

            return new HttpRequestMessage(new HttpMethod(Method), new Uri(Path, UriKind.Relative)) { Content = content };
        }
    }
}
