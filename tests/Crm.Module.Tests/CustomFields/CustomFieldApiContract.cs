using System.Text.Json;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Module.Tests.CustomFields;

/// <summary>
/// Custom fields through the HTTP API on a real database: definitions, typed round trip with
/// version and event, validation that names the fields and writes nothing, stale versions,
/// the record's permissions, values given at creation, list filters, and the plugin read API.
/// </summary>
public abstract class CustomFieldApiContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private CustomFieldApiHost? _host;

    protected abstract DatabaseEngine Engine { get; }

    private CustomFieldApiHost Host => _host!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _host = await CustomFieldApiHost.StartAsync(Engine, Now);
        Host.SignIn("rep1", CrmRoles.SalesRep);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Definitions_are_listed_with_their_defaults()
    {
        var (status, body) = await Host.SendAsync(HttpMethod.Get, "/api/crm/custom-fields?entity=leads");

        Assert.AreEqual(200, status);
        var fields = body.EnumerateArray().ToList();
        CollectionAssert.AreEqual(
            new[] { "fleet.vin", "fleet.size", "fleet.first-registration", "fleet.fuel", "fleet.note" },
            fields.Select(f => f.GetProperty("code").GetString()).ToList());
        var note = fields[4];
        Assert.AreEqual(("Text", 200, false), (note.GetProperty("type").GetString(), note.GetProperty("maxLength").GetInt32(), note.GetProperty("required").GetBoolean()));
        Assert.AreEqual((0, 1m, 10000m), (fields[1].GetProperty("decimals").GetInt32(), fields[1].GetProperty("minimum").GetDecimal(), fields[1].GetProperty("maximum").GetDecimal()));
        CollectionAssert.AreEqual(new[] { "petrol", "diesel", "electric" }, fields[3].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList());
        Assert.AreEqual(400, (await Host.SendAsync(HttpMethod.Get, "/api/crm/custom-fields?entity=lead")).Status);
    }

    [TestMethod]
    public async Task Values_round_trip_typed_with_a_version_and_an_event()
    {
        var lead = await CreateLeadAsync("Fuhrpark Nord GmbH");
        var empty = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}");
        Assert.AreEqual(200, empty.Status);
        Assert.AreEqual(0, empty.Body.GetProperty("version").GetInt32());
        Assert.AreEqual(0, empty.Body.GetProperty("values").EnumerateObject().Count());

        var (status, saved) = await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new
        {
            version = 0,
            values = new Dictionary<string, object?>
            {
                ["fleet.vin"] = "WVWZZZ1JZXW000001",
                ["fleet.size"] = 42,
                ["fleet.first-registration"] = "2026-03-31",
                ["fleet.fuel"] = "diesel",
            },
        });

        Assert.AreEqual(200, status, saved.ToString());
        Assert.AreEqual(("leads", lead, 1), (saved.GetProperty("entity").GetString(), saved.GetProperty("key").GetString(), saved.GetProperty("version").GetInt32()));
        var read = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}");
        var values = read.Body.GetProperty("values");
        Assert.AreEqual(JsonValueKind.Number, values.GetProperty("fleet.size").ValueKind);
        Assert.AreEqual(42m, values.GetProperty("fleet.size").GetDecimal());
        Assert.AreEqual("2026-03-31", values.GetProperty("fleet.first-registration").GetString());
        Assert.AreEqual("diesel", values.GetProperty("fleet.fuel").GetString());
        Assert.AreEqual(1, read.Body.GetProperty("version").GetInt32());

        var cleared = await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new { version = 1, values = new Dictionary<string, object?> { ["fleet.fuel"] = null } });
        Assert.AreEqual(2, cleared.Body.GetProperty("version").GetInt32());
        Assert.IsFalse(cleared.Body.GetProperty("values").TryGetProperty("fleet.fuel", out _));
        Assert.AreEqual(2, await ScalarAsync("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.CustomFields.CustomFieldsChanged'"));
    }

    [TestMethod]
    public async Task Bad_values_name_each_field_and_write_nothing()
    {
        var lead = await CreateLeadAsync("Fuhrpark Süd GmbH");

        var (status, problem) = await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new
        {
            version = 0,
            values = new Dictionary<string, object?>
            {
                ["fleet.vin"] = "WVWZZZ1JZXW00000I",
                ["fleet.size"] = 2.5,
                ["fleet.first-registration"] = "31.03.2026",
                ["fleet.fuel"] = "steam",
                ["fleet.note"] = new string('n', 201),
                ["fleet.colour"] = "red",
            },
        });

        Assert.AreEqual(400, status);
        var errors = problem.GetProperty("errors");
        CollectionAssert.AreEquivalent(
            new[] { "customFields.fleet.vin", "customFields.fleet.size", "customFields.fleet.first-registration", "customFields.fleet.fuel", "customFields.fleet.note", "customFields.fleet.colour" },
            errors.EnumerateObject().Select(e => e.Name).ToList());
        Assert.AreEqual("17 letters and digits, without I, O and Q", errors.GetProperty("customFields.fleet.vin")[0].GetString());
        Assert.AreEqual(0, await ScalarAsync("SELECT COUNT(*) FROM crm_custom_field_values"));
        Assert.AreEqual(0, await ScalarAsync("SELECT COUNT(*) FROM crm_custom_field_records"));
        Assert.AreEqual(400, (await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new { version = 0, values = new { fleet_size = 1 }, })).Status);
    }

    [TestMethod]
    public async Task A_stale_version_is_a_conflict_and_writes_nothing()
    {
        var lead = await CreateLeadAsync("Fuhrpark West GmbH");
        var first = await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new { version = 0, values = new Dictionary<string, object?> { ["fleet.size"] = 3 } });
        Assert.AreEqual(200, first.Status);

        var (status, _) = await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new { version = 0, values = new Dictionary<string, object?> { ["fleet.size"] = 4 } });

        Assert.AreEqual(409, status);
        var read = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}");
        Assert.AreEqual((3m, 1), (read.Body.GetProperty("values").GetProperty("fleet.size").GetDecimal(), read.Body.GetProperty("version").GetInt32()));
    }

    [TestMethod]
    public async Task Another_reps_lead_is_refused_and_an_unknown_one_is_not_found()
    {
        var lead = await CreateLeadAsync("Fuhrpark Ost GmbH");
        Host.SignIn("rep3", CrmRoles.SalesRep);

        Assert.AreEqual(403, (await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}")).Status);
        Assert.AreEqual(403, (await Host.SendAsync(HttpMethod.Put, $"/api/crm/custom-fields/leads/{lead}", new { version = 0, values = new Dictionary<string, object?> { ["fleet.size"] = 4 } })).Status);
        Assert.AreEqual(404, (await Host.SendAsync(HttpMethod.Get, "/api/crm/custom-fields/leads/987654")).Status);
        Assert.AreEqual(404, (await Host.SendAsync(HttpMethod.Get, "/api/crm/custom-fields/leads/not-a-number")).Status);
        Assert.AreEqual(0, await ScalarAsync("SELECT COUNT(*) FROM crm_custom_field_values"));
    }

    [TestMethod]
    public async Task A_lead_created_with_values_has_them_and_bad_values_create_no_lead()
    {
        var lead = await CreateLeadAsync("Fuhrpark Mitte GmbH", new Dictionary<string, object?> { ["fleet.size"] = 12, ["fleet.fuel"] = "electric" });

        var read = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}");
        Assert.AreEqual((12m, "electric", 1), (read.Body.GetProperty("values").GetProperty("fleet.size").GetDecimal(), read.Body.GetProperty("values").GetProperty("fleet.fuel").GetString(), read.Body.GetProperty("version").GetInt32()));
        Assert.AreEqual(0, await ScalarAsync("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.CustomFields.CustomFieldsChanged'"));

        var leads = await ScalarAsync("SELECT COUNT(*) FROM crm_leads");
        var (status, problem) = await Host.SendAsync(HttpMethod.Post, "/api/crm/leads", new { company = "Ohne Mail GmbH", customFields = new Dictionary<string, object?> { ["fleet.size"] = 0 } });
        Assert.AreEqual(400, status);
        CollectionAssert.IsSubsetOf(new[] { "email", "customFields.fleet.size" }, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList());
        Assert.AreEqual(leads, await ScalarAsync("SELECT COUNT(*) FROM crm_leads"));
    }

    [TestMethod]
    public async Task Plugins_read_and_find_values_as_invariant_text()
    {
        var first = await CreateLeadAsync("Fuhrpark Eins GmbH", new Dictionary<string, object?> { ["fleet.size"] = 7.0, ["fleet.first-registration"] = "2025-01-02" });
        var second = await CreateLeadAsync("Fuhrpark Zwei GmbH", new Dictionary<string, object?> { ["fleet.size"] = 7 });
        await CreateLeadAsync("Fuhrpark Drei GmbH", new Dictionary<string, object?> { ["fleet.size"] = 8 });
        var values = Host.Services.GetRequiredService<ICustomFieldValues>();

        var stored = await values.GetAsync(CustomFieldEntity.Lead, first);
        var found = await values.FindAsync(CustomFieldEntity.Lead, "fleet.size", "7");
        var byDate = await values.FindAsync(CustomFieldEntity.Lead, "fleet.first-registration", "2025-01-02");

        Assert.AreEqual("7", stored["fleet.size"]);
        Assert.AreEqual("2025-01-02", stored["fleet.first-registration"]);
        CollectionAssert.AreEqual(new[] { first, second }, found.ToList());
        CollectionAssert.AreEqual(new[] { first }, byDate.ToList());
        Assert.IsEmpty(await values.GetAsync(CustomFieldEntity.Lead, "987654"));
    }

    [TestMethod]
    public async Task Lead_lists_filter_by_typed_values_and_name_a_bad_filter()
    {
        var match = await CreateLeadAsync("Fuhrpark Alpha GmbH", new Dictionary<string, object?> { ["fleet.fuel"] = "diesel", ["fleet.size"] = 7 });
        await CreateLeadAsync("Fuhrpark Beta GmbH", new Dictionary<string, object?> { ["fleet.fuel"] = "diesel", ["fleet.size"] = 8 });
        await CreateLeadAsync("Fuhrpark Gamma GmbH", new Dictionary<string, object?> { ["fleet.fuel"] = "petrol", ["fleet.size"] = 7 });

        var both = await Host.SendAsync(HttpMethod.Get, "/api/crm/leads?cf.fleet.fuel=diesel&cf.fleet.size=7.0");
        var diesel = await Host.SendAsync(HttpMethod.Get, "/api/crm/leads?cf.fleet.fuel=diesel");
        var unknown = await Host.SendAsync(HttpMethod.Get, "/api/crm/leads?cf.fleet.colour=red");
        var bad = await Host.SendAsync(HttpMethod.Get, "/api/crm/leads?cf.fleet.size=many");

        Assert.AreEqual(200, both.Status, both.Body.ToString());
        CollectionAssert.AreEqual(new[] { match }, Ids(both.Body));
        Assert.AreEqual(2, diesel.Body.GetProperty("totalCount").GetInt64());
        Assert.AreEqual(400, unknown.Status);
        Assert.IsTrue(unknown.Body.GetProperty("errors").TryGetProperty("cf.fleet.colour", out _));
        Assert.AreEqual(400, bad.Status);
        Assert.IsTrue(bad.Body.GetProperty("errors").TryGetProperty("cf.fleet.size", out _));
    }

    [TestMethod]
    public async Task Opportunities_inquiries_and_activities_are_created_with_values_and_filtered()
    {
        var opportunity = await CreateAsync("/api/crm/opportunities", new { name = "Fleet renewal", amount = 1000m, expectedCloseDate = "2027-01-31", accountKey = "C10001", customFields = new Dictionary<string, object?> { ["fleet.vehicles"] = 5 } });
        await CreateAsync("/api/crm/opportunities", new { name = "Fleet extension", amount = 500m, expectedCloseDate = "2027-02-28", accountKey = "C10001", customFields = new Dictionary<string, object?> { ["fleet.vehicles"] = 6 } });
        var inquiry = await CreateAsync("/api/crm/inquiries", new { accountKey = "C10001", subject = "Damage report", channel = "Phone", customFields = new Dictionary<string, object?> { ["fleet.claim"] = "K-2026-1" } });
        var noPlate = await Host.SendAsync(HttpMethod.Post, "/api/crm/activities", new { type = "call", subject = "Check the van", accountKey = "C10001" });
        var activity = await CreateAsync("/api/crm/activities", new { type = "call", subject = "Check the van", accountKey = "C10001", customFields = new Dictionary<string, object?> { ["fleet.plate"] = "B-XY 123" } });

        var opportunities = await Host.SendAsync(HttpMethod.Get, "/api/crm/opportunities?cf.fleet.vehicles=5");
        var inquiries = await Host.SendAsync(HttpMethod.Get, "/api/crm/inquiries?view=All&cf.fleet.claim=K-2026-1");
        var plate = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/activities/{activity.GetProperty("id").GetInt64()}");
        var myWork = await Host.SendAsync(HttpMethod.Get, "/api/crm/activities/mine?cf.fleet.plate=B-XY%20123");
        var otherPlate = await Host.SendAsync(HttpMethod.Get, "/api/crm/activities/mine?cf.fleet.plate=B-XY%20999");

        CollectionAssert.AreEqual(new[] { opportunity.GetProperty("opportunity").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) }, Ids(opportunities.Body));
        Assert.AreEqual(200, inquiries.Status, inquiries.Body.ToString());
        CollectionAssert.AreEqual(new[] { inquiry.GetProperty("number").GetString() }, inquiries.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList());
        Assert.AreEqual(400, noPlate.Status);
        Assert.IsTrue(noPlate.Body.GetProperty("errors").TryGetProperty("customFields.fleet.plate", out _));
        Assert.AreEqual("B-XY 123", plate.Body.GetProperty("values").GetProperty("fleet.plate").GetString());
        Assert.AreEqual(1, await ScalarAsync("SELECT COUNT(*) FROM crm_activities"));
        CollectionAssert.AreEqual(new[] { activity.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) }, Ids(myWork.Body));
        Assert.AreEqual(0, otherPlate.Body.GetProperty("totalCount").GetInt64());
    }

    [TestMethod]
    public async Task Account_values_live_under_the_erp_key()
    {
        var saved = await Host.SendAsync(HttpMethod.Put, "/api/crm/custom-fields/accounts/C10001", new { version = 0, values = new Dictionary<string, object?> { ["fleet.depot"] = "Hamburg-Nord" } });
        var unknown = await Host.SendAsync(HttpMethod.Get, "/api/crm/custom-fields/accounts/X99999");

        Assert.AreEqual(200, saved.Status, saved.Body.ToString());
        Assert.AreEqual(("C10001", "Hamburg-Nord"), (saved.Body.GetProperty("key").GetString(), saved.Body.GetProperty("values").GetProperty("fleet.depot").GetString()));
        Assert.AreEqual(404, unknown.Status);
    }

    [TestMethod]
    public async Task A_business_operations_transaction_writes_checked_values_that_a_rollback_removes()
    {
        var lead = await CreateLeadAsync("Fuhrpark Transakt GmbH");
        var fields = Host.Services.GetRequiredService<ICustomFieldTransaction>();
        var database = Host.Services.GetRequiredService<CrmDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var bad = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => fields.WriteAsync(connection, transaction, CustomFieldEntity.Lead, lead, new Dictionary<string, string?> { ["fleet.size"] = "0", ["fleet.fuel"] = "diesel" }, CancellationToken.None));
            CollectionAssert.AreEqual(new[] { "customFields.fleet.size" }, bad.Errors.Keys.ToList());
            Assert.IsEmpty(await fields.ReadAsync(connection, transaction, CustomFieldEntity.Lead, lead, CancellationToken.None));

            await fields.WriteAsync(connection, transaction, CustomFieldEntity.Lead, lead, new Dictionary<string, string?> { ["fleet.size"] = "12" }, CancellationToken.None);
            Assert.AreEqual("12", (await fields.ReadAsync(connection, transaction, CustomFieldEntity.Lead, lead, CancellationToken.None))["fleet.size"]);
            await transaction.RollbackAsync();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.IsEmpty(await fields.ReadAsync(connection, transaction, CustomFieldEntity.Lead, lead, CancellationToken.None));
            await fields.WriteAsync(connection, transaction, CustomFieldEntity.Lead, lead, new Dictionary<string, string?> { ["fleet.size"] = "12" }, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var read = await Host.SendAsync(HttpMethod.Get, $"/api/crm/custom-fields/leads/{lead}");
        Assert.AreEqual((12m, 1), (read.Body.GetProperty("values").GetProperty("fleet.size").GetDecimal(), read.Body.GetProperty("version").GetInt32()));
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<JsonElement> CreateAsync(string path, object body)
    {
        var (status, created) = await Host.SendAsync(HttpMethod.Post, path, body);
        Assert.AreEqual(201, status, created.ToString());
        return created;
    }

    private async Task<string> CreateLeadAsync(string company, Dictionary<string, object?>? customFields = null)
    {
        var (status, body) = await Host.SendAsync(HttpMethod.Post, "/api/crm/leads", new
        {
            company,
            email = "info@" + company.Split(' ')[1].ToLowerInvariant() + ".example",
            country = "DE",
            source = "referral",
            customFields,
        });
        Assert.AreEqual(201, status, body.ToString());
        return body.GetProperty("lead").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Host.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

[TestClass]
public sealed class SqliteCustomFieldApiTests : CustomFieldApiContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresCustomFieldApiTests : CustomFieldApiContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
