using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.Hostile;

/// <summary>
/// Every write route of the add-on (<see cref="CrmWriteRoutes"/>) driven as admin with hostile input
/// against a real Host.Sample: never a 5xx; a refusal is problem+json and changes nothing; a success
/// changes only the record it names and the tables that route may touch.
/// </summary>
[TestClass]
public sealed class HostileInputTests
{
    private const string FormKey = "fuzz-form-key-4b1e9c";
    private const int Seed = 20261124;
    private const int ValuesPerField = 9;
    private const string LoneSurrogateMarker = "lone-surrogate-marker";

    // Written by background work (outbox dispatch, job and rule-run bookkeeping), so a request's effect
    // on them cannot be told apart; the outbox is still checked for new rows after a refusal.
    private static readonly HashSet<string> Background = new(StringComparer.Ordinal) { "crm_outbox", "crm_job_runs", "crm_follow_up_runs" };

    // Journals every successful write appends to (the audit log, issue 8: its entries, the chain's
    // head and each record's last audited state).
    private static readonly string[] Journals = ["crm_lead_history", "crm_inquiry_timeline", "crm_sequences", "crm_audit_log", "crm_audit_head", "crm_audit_states"];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Hostile_input_to_every_write_route_is_refused_cleanly_or_changes_only_its_record()
    {
        await using var host = HostProcess.Start(new Dictionary<string, string> { ["Crm__Sales__WebForm__FormKey"] = FormKey });
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var admin = host.ClientFor("admin");
        admin.DefaultRequestHeaders.Add("X-Crm-Form-Key", FormKey);
        var records = await SeedRecordsAsync(admin);
        var database = Path.Combine(host.DataFolder, "erp.db");
        var before = await TableSnapshot.TakeAsync(database, IsAddOnTable);
        Assert.IsTrue(before.TableNames.Contains("crm_leads"), "the CRM tables are in erp.db");

        var failures = new List<string>();
        var sent = 0;
        for (var index = 0; index < CrmWriteRoutes.All.Count; index++)
        {
            var route = CrmWriteRoutes.All[index];

            // The ERP's tables are large: read once per route's batch, not per request.
            var erpBefore = await TableSnapshot.TakeAsync(database, IsErpTable);
            var successes = 0;
            foreach (var request in Variants(route, records, new Random(Seed + index)))
            {
                using var message = request.ToMessage();
                using var response = await admin.SendAsync(message, TestContext.CancellationToken);
                sent++;
                var after = await TableSnapshot.TakeAsync(database, IsAddOnTable);
                var status = (int)response.StatusCode;
                var what = $"{route.Method} {request.Path} [{request.Name}] → {status}";
                if (status == 400 && response.Content.Headers.ContentLength == 0 && HostileValues.KestrelRefuses(request.Path))
                {
                    // Kestrel itself refuses a NUL in the path, before any application code runs.
                    failures.AddRange(ChangesAfterRefusal(before, after).Select(change => $"{what}: {change}"));
                }
                else if (status >= 500)
                {
                    failures.Add($"{what}: {Shorten(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400)
                {
                    if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{what}: a refusal that is not problem+json ({response.Content.Headers.ContentType})");
                    }

                    failures.AddRange(ChangesAfterRefusal(before, after).Select(change => $"{what}: {change}"));
                }
                else
                {
                    successes++;
                    failures.AddRange(UnrelatedChanges(before, after, route, request.Records).Select(change => $"{what}: {change}"));
                }

                before = after;
            }

            var erpAfter = await TableSnapshot.TakeAsync(database, IsErpTable);
            foreach (var table in erpBefore.ChangedIn(erpAfter).Where(t => successes == 0 || !route.Tables.Contains(t)))
            {
                failures.Add($"{route.Method} {route.Route}: hostile requests ({successes} succeeded) changed the ERP's {table}");
            }
        }

        TestContext.WriteLine($"{sent} hostile requests to {CrmWriteRoutes.All.Count} write routes");
        Assert.AreEqual(0, failures.Count, $"{failures.Count} of {sent} requests misbehaved:\n{string.Join('\n', failures.Take(80))}\n--- host output ---\n{Shorten(host.Output, 4_000)}");
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

    /// <summary>Creates the records the routes act on, as admin, through the API itself.</summary>
    private static async Task<Dictionary<string, string>> SeedRecordsAsync(HttpClient admin)
    {
        var records = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{lead}"] = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead One", contactName = "One", email = "one@seed.example", country = "DE" }, "id"),
            ["{otherLead}"] = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead Two", contactName = "Two", email = "two@seed.example", country = "DE" }, "id"),
            ["{opportunity}"] = await CreateAsync(admin, "/api/crm/opportunities", new { name = "Seed deal", accountKey = "C10002", amount = 100m, expectedCloseDate = "2027-03-31" }, "id"),
            ["{activity}"] = await CreateAsync(admin, "/api/crm/activities", new { type = "call", subject = "Seed call", accountKey = "C10002" }, "id"),
            ["{inquiry}"] = await CreateAsync(admin, "/api/crm/inquiries", new { accountKey = "C10002", subject = "Seed inquiry", channel = "Phone" }, "number"),
            ["{account}"] = "C10003",
        };

        var converted = await CreateAsync(admin, "/api/crm/leads", new { company = "Seed Lead Three", contactName = "Three", email = "three@seed.example", country = "DE" }, "id");
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
