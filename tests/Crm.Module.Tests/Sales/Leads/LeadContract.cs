using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Sales.Leads;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Sales.Leads;

/// <summary>
/// Leads on a real database with Host.Sample's demo customers (German, Korean and English names):
/// capture, duplicates against leads and ERP customers, merge, status rules, permissions, assignment.
/// </summary>
public abstract class LeadContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private ILeadService Leads => AddOn.Container.Resolve<ILeadService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), LeadTestSettings.Create(), new FixedClock(Now));
        SignIn("rep1", CrmRoles.SalesRep);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_reps_new_lead_is_theirs_with_its_history_and_event()
    {
        var created = await Leads.CreateAsync(new LeadInput("Neue Kaffee GmbH", "Jana Neu", "jana@neue-kaffee.de", null, "DE", "80331", "München", "referral"));

        var lead = created.Lead;
        Assert.AreEqual(("rep1", LeadStatus.New, "referral", 1), (lead.Owner, lead.Status, lead.Source, lead.Version));
        Assert.AreEqual(("rep1", Now), (lead.CreatedBy, lead.CreatedAt));
        Assert.IsEmpty(created.Duplicates);
        Assert.AreEqual(lead, await Leads.GetAsync(lead.Id));
        var history = await Leads.GetHistoryAsync(lead.Id);
        Assert.AreEqual("Created", history.Single().Kind);

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.LeadCreated'"));
        var keys = await connection.QuerySingleAsync<(string Email, string Company)>("SELECT email_key, company_key FROM crm_leads WHERE id = @id", new { id = lead.Id });
        Assert.AreEqual(("jana@neue-kaffee.de", "neuekaffee"), keys);
    }

    [TestMethod]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.CreateAsync(
            new LeadInput(null, " ", "not-an-address", "call me", "XX", Source: "web form!", Notes: new string('n', 4001))));

        CollectionAssert.IsSubsetOf(new[] { "company", "email", "phone", "country", "source", "notes" }, e.Errors.Keys.ToList());
        Assert.AreEqual(0, await CountAsync("crm_leads"));
        var nothing = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.CreateAsync(new LeadInput("Firma")));
        Assert.IsTrue(nothing.Errors.ContainsKey("email"), "a lead needs an e-mail address or a phone number");
    }

    [TestMethod]
    public async Task Korean_erp_customers_are_found_by_name_phone_and_email_in_other_notations()
    {
        var customer = await CustomerAsync("country = 'KR' AND (name LIKE '주식회사%' OR name LIKE '(주)%' OR name LIKE '%주식회사')");

        // The legal form moved, abbreviated or written as one character; the number written nationally.
        var byName = await Leads.FindDuplicatesAsync(new LeadInput(Company: KoreanVariant(customer.Name)));
        var byPhone = await Leads.FindDuplicatesAsync(new LeadInput(Phone: "0" + customer.Phone["+82 ".Length..], Country: "KR"));
        var byEmail = await Leads.FindDuplicatesAsync(new LeadInput(Email: "  " + customer.Email!.ToUpperInvariant()));

        AssertErpMatch(byName, customer.Key, MatchKey.Company);
        AssertErpMatch(byPhone, customer.Key, MatchKey.Phone);
        AssertErpMatch(byEmail, customer.Key, MatchKey.Email);
    }

    [TestMethod]
    public async Task German_and_english_erp_customers_are_found_despite_legal_forms_and_prefixes()
    {
        var german = await CustomerAsync("country = 'DE' AND name LIKE '% GmbH'");
        var english = await CustomerAsync("country IN ('US', 'GB') AND (name LIKE '% Inc.' OR name LIKE '% Ltd' OR name LIKE '% LLC' OR name LIKE '% Co.')");

        var germanLead = new LeadInput(
            german.Name.ToUpperInvariant().Replace(" GMBH", " GmbH & Co. KG", StringComparison.Ordinal),
            Phone: "0049 (0)" + german.Phone["+49 ".Length..].Replace(' ', '/'),
            Country: "DE");
        var englishCore = english.Name[..english.Name.LastIndexOf(' ')];
        var englishLead = new LeadInput(englishCore + ", Limited", Email: english.Email?.ToUpperInvariant() ?? "nobody@example.com");

        var germanMatch = (await Leads.FindDuplicatesAsync(germanLead)).Single(d => d.Kind == DuplicateKind.ErpCustomer && d.Key == german.Key);
        CollectionAssert.AreEqual(new[] { MatchKey.Phone, MatchKey.Company }, germanMatch.MatchedOn.ToList());
        var englishMatch = (await Leads.FindDuplicatesAsync(englishLead)).Single(d => d.Kind == DuplicateKind.ErpCustomer && d.Key == english.Key);
        CollectionAssert.Contains(englishMatch.MatchedOn.ToList(), MatchKey.Company);
    }

    [TestMethod]
    public async Task Input_like_no_customer_finds_no_candidate()
    {
        var none = await Leads.FindDuplicatesAsync(new LeadInput("Zyxwvu Quantum Widgets GmbH", Email: "nobody@zyxwvu.example", Phone: "+49 99 98979695"));

        Assert.IsEmpty(none);
        await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.FindDuplicatesAsync(new LeadInput(City: "Berlin")));
    }

    [TestMethod]
    public async Task A_new_lead_reports_the_leads_it_may_duplicate_with_the_keys_that_matched()
    {
        var first = (await Leads.CreateAsync(new LeadInput("(주)한빛상사", "김민준", "info@hanbit.co.kr", "02-555-1234", "KR"))).Lead;
        SignIn("anna", CrmRoles.SalesManager);

        var second = await Leads.CreateAsync(new LeadInput("한빛상사 주식회사", "이서연", "INFO@HANBIT.CO.KR", "+82 2 555 1234", "KR"));
        var third = await Leads.CreateAsync(new LeadInput("한빛제과", "박지훈", "order@hanbit-bakery.co.kr", Country: "KR"));

        var duplicate = second.Duplicates.Single(d => d.Kind == DuplicateKind.Lead);
        Assert.AreEqual((first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "(주)한빛상사", "rep1"), (duplicate.Key, duplicate.Name, duplicate.Owner));
        CollectionAssert.AreEqual(new[] { MatchKey.Email, MatchKey.Phone, MatchKey.Company }, duplicate.MatchedOn.ToList());
        Assert.IsFalse(third.Duplicates.Any(d => d.Kind == DuplicateKind.Lead), "another company of the same family name is not a duplicate");
    }

    [TestMethod]
    public async Task Merging_keeps_the_survivor_fills_its_gaps_and_keeps_the_history_findable()
    {
        var survivor = (await Leads.CreateAsync(new LeadInput("Bäckerei Sommer", null, "info@baeckerei-sommer.de", null, "DE"))).Lead;
        var duplicate = (await Leads.CreateAsync(new LeadInput("Bäckerei Sommer e.K.", "Eva Sommer", null, "089 1234567", "DE", "80331", "München", Notes: "Met at the fair."))).Lead;
        duplicate = await Leads.ChangeStatusAsync(duplicate.Id, LeadStatus.Contacted, null, duplicate.Version);

        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Leads.MergeAsync(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version - 1));
        var merged = await Leads.MergeAsync(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version);

        Assert.AreEqual(("Bäckerei Sommer", "Eva Sommer", "info@baeckerei-sommer.de", "089 1234567"), (merged.Company, merged.ContactName, merged.Email, merged.Phone));
        Assert.AreEqual(("80331", "München", "Met at the fair.", LeadStatus.New, survivor.Version + 1), (merged.PostalCode, merged.City, merged.Notes, merged.Status, merged.Version));
        var gone = await Leads.GetAsync(duplicate.Id);
        Assert.AreEqual((LeadStatus.Merged, (long?)survivor.Id), (gone.Status, gone.MergedIntoId));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual("4989" + "1234567", await connection.ExecuteScalarAsync<string>("SELECT phone_key FROM crm_leads WHERE id = @id", new { id = survivor.Id }), "the keys follow the fields taken over");
        Assert.AreEqual(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.LeadsMerged'"));
        var listed = await Leads.FindAsync(new LeadQuery(PageRequest.First));
        CollectionAssert.AreEqual(new[] { survivor.Id }, listed.Items.Select(l => l.Id).ToList(), "a merged lead leaves the lists");

        var history = await Leads.GetHistoryAsync(survivor.Id);
        CollectionAssert.AreEquivalent(new[] { "Created", "Created", "StatusChanged", "Merged", "MergedInto" }, history.Select(h => h.Kind).ToList());
        Assert.IsTrue(history.Any(h => h.LeadId == duplicate.Id && h.Kind == "StatusChanged"), "the merged lead's own steps stay findable");

        var again = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.MergeAsync(survivor.Id, merged.Version, duplicate.Id, gone.Version));
        Assert.IsTrue(again.Errors.ContainsKey("status"));
        await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.MergeAsync(survivor.Id, merged.Version, survivor.Id, merged.Version));
    }

    [TestMethod]
    public async Task The_status_rules_are_enforced_and_disqualifying_needs_a_reason()
    {
        var lead = (await Leads.CreateAsync(new LeadInput("Café Linde", Email: "hallo@cafe-linde.de"))).Lead;

        lead = await Leads.ChangeStatusAsync(lead.Id, LeadStatus.Contacted, null, lead.Version);
        var back = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ChangeStatusAsync(lead.Id, LeadStatus.New, null, lead.Version));
        Assert.IsTrue(back.Errors.ContainsKey("status"));
        var converted = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ChangeStatusAsync(lead.Id, LeadStatus.Converted, null, lead.Version));
        Assert.IsTrue(converted.Errors.ContainsKey("status"), "only conversion converts");
        var noReason = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ChangeStatusAsync(lead.Id, LeadStatus.Disqualified, " ", lead.Version));
        Assert.IsTrue(noReason.Errors.ContainsKey("reason"));
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Leads.ChangeStatusAsync(lead.Id, LeadStatus.Qualified, null, lead.Version - 1));

        lead = await Leads.ChangeStatusAsync(lead.Id, LeadStatus.Disqualified, "No budget this year.", lead.Version);
        Assert.AreEqual((LeadStatus.Disqualified, "No budget this year."), (lead.Status, lead.DisqualifiedReason));
        lead = await Leads.ChangeStatusAsync(lead.Id, LeadStatus.New, null, lead.Version);
        Assert.AreEqual((LeadStatus.New, (string?)null, 4), (lead.Status, lead.DisqualifiedReason, lead.Version));

        await using var connection = await _run!.Database.OpenConnectionAsync();
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.LeadStatusChanged'"));
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_lead_history WHERE lead_id = @id AND kind = 'StatusChanged'", new { id = lead.Id }));
    }

    [TestMethod]
    public async Task Updating_replaces_the_contact_data_and_its_keys_and_checks_the_version()
    {
        var lead = (await Leads.CreateAsync(new LeadInput("Hotel Adler", Email: "info@hotel-adler.de", Source: "referral"))).Lead;

        var updated = await Leads.UpdateAsync(lead.Id, new LeadInput("Hotel Adler GmbH", "Max Adler", "Max@Adler-Hotel.de", "+43 1 5123456", "AT"), lead.Version);
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Leads.UpdateAsync(lead.Id, new LeadInput("Hotel Adler", Email: "x@y.de"), lead.Version));

        Assert.AreEqual(("Max Adler", 2, "referral"), (updated.ContactName, updated.Version, updated.Source), "the source stays unless named");
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var keys = await connection.QuerySingleAsync<(string Email, string Phone, string Company)>("SELECT email_key, phone_key, company_key FROM crm_leads WHERE id = @id", new { id = lead.Id });
        Assert.AreEqual(("max@adler-hotel.de", "4315123456", "hoteladler"), keys);
    }

    [TestMethod]
    public async Task Reps_see_and_work_only_their_own_leads()
    {
        var mine = (await Leads.CreateAsync(new LeadInput("Rep One Lead", Email: "one@example.com"))).Lead;
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.CreateAsync(new LeadInput("For someone else", Email: "else@example.com"), "rep2"));
        SignIn("rep2", CrmRoles.SalesRep);
        var theirs = (await Leads.CreateAsync(new LeadInput("Rep Two Lead", Email: "two@example.com"))).Lead;

        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.GetAsync(mine.Id));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.ChangeStatusAsync(mine.Id, LeadStatus.Contacted, null, mine.Version));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.AssignAsync(theirs.Id, "rep1", theirs.Version));
        var page = await Leads.FindAsync(new LeadQuery(PageRequest.First));
        CollectionAssert.AreEqual(new[] { theirs.Id }, page.Items.Select(l => l.Id).ToList());
        Assert.AreEqual(await CountAsync("crm_leads WHERE owner_user_name = 'rep2'"), page.TotalCount);

        SignIn("clara", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.FindAsync(new LeadQuery(PageRequest.First)));
    }

    [TestMethod]
    public async Task Managers_see_their_teams_and_unowned_leads_and_hand_them_out()
    {
        var north = (await Leads.CreateAsync(new LeadInput("North Lead", Email: "north@example.com"))).Lead;
        SignIn("rep3", CrmRoles.SalesRep);
        var south = (await Leads.CreateAsync(new LeadInput("South Lead", Email: "south@example.com"))).Lead;
        SignIn("root", CrmRoles.Admin);
        var unowned = await Leads.AssignAsync((await Leads.CreateAsync(new LeadInput("Nobody's", Email: "nobody@example.com"), "root")).Lead.Id, null, 1);

        SignIn("anna", CrmRoles.SalesManager);
        var annas = await Leads.FindAsync(new LeadQuery(new PageRequest(1, 50)));
        CollectionAssert.AreEquivalent(new[] { north.Id, unowned.Id }, annas.Items.Select(l => l.Id).ToList());
        Assert.AreEqual(await CountAsync("crm_leads WHERE owner_user_name IN ('anna', 'rep1', 'rep2') OR owner_user_name IS NULL"), annas.TotalCount);
        var handedOut = await Leads.AssignAsync(unowned.Id, "rep2", unowned.Version);
        Assert.AreEqual("rep2", handedOut.Owner);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.AssignAsync(handedOut.Id, "rep3", handedOut.Version));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Leads.GetAsync(south.Id));

        SignIn("root", CrmRoles.Admin);
        Assert.AreEqual(await CountAsync("crm_leads"), (await Leads.FindAsync(new LeadQuery(PageRequest.First))).TotalCount);
        var unownedOnly = await Leads.FindAsync(new LeadQuery(PageRequest.First, Unowned: true));
        Assert.AreEqual(0, unownedOnly.TotalCount);
    }

    [TestMethod]
    public async Task The_list_filters_by_status_owner_and_text_and_pages()
    {
        SignIn("root", CrmRoles.Admin);
        for (var i = 0; i < 7; i++)
        {
            var lead = (await Leads.CreateAsync(new LeadInput($"Kaffee {i} GmbH", Email: $"k{i}@kaffee.de", City: i % 2 == 0 ? "Köln" : "Bonn"), "rep1")).Lead;
            if (i < 3)
            {
                await Leads.ChangeStatusAsync(lead.Id, LeadStatus.Contacted, null, lead.Version);
            }
        }

        var contacted = await Leads.FindAsync(new LeadQuery(PageRequest.First, Status: LeadStatus.Contacted));
        var bonn = await Leads.FindAsync(new LeadQuery(new PageRequest(2, 2), Owner: "rep1", Search: "BONN"));

        Assert.AreEqual(await CountAsync("crm_leads WHERE status = 'Contacted'"), contacted.TotalCount);
        Assert.AreEqual(await CountAsync("crm_leads WHERE city = 'Bonn'"), bonn.TotalCount);
        Assert.HasCount(1, bonn.Items);
        Assert.AreEqual(2, bonn.PageCount);
    }

    [TestMethod]
    public async Task Leads_without_an_owner_go_by_territory_then_round_robin()
    {
        SignIn("anna", CrmRoles.SalesManager);
        var berlin = (await Leads.CreateAsync(new LeadInput("Berliner Kaffee", Email: "a@berlin.example", Country: "DE", PostalCode: "10115"))).Lead;
        var seoul = (await Leads.CreateAsync(new LeadInput("서울커피", Email: "b@seoul.example", Country: "KR", PostalCode: "06236"))).Lead;
        var owners = new List<string?>();
        foreach (var postalCode in new[] { "80331", "20095", "15230" })
        {
            owners.Add((await Leads.CreateAsync(new LeadInput("Elsewhere", Email: $"{postalCode}@example.com", Country: "DE", PostalCode: postalCode))).Lead.Owner);
        }

        Assert.AreEqual(("rep1", "rep3"), (berlin.Owner, seoul.Owner));
        CollectionAssert.AreEqual(new[] { "rep2", "rep3", "rep2" }, owners, "outside every territory the pool takes turns");
    }

    [TestMethod]
    public async Task Two_hosts_creating_at_once_never_hand_out_the_same_turn()
    {
        await using var secondHost = await AddOnUnderTest.StartAsync(_run!.Database, LeadTestSettings.Create(), new FixedClock(Now));
        secondHost.User.UserName = "root";
        secondHost.User.SetRoles(CrmRoles.Admin);
        SignIn("root", CrmRoles.Admin);

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var host = i % 2 == 0 ? AddOn : secondHost;
            await using var scope = host.Container.BeginLifetimeScope();
            return (await scope.Resolve<ILeadService>().CreateAsync(new LeadInput($"Concurrent {i}", Email: $"c{i}@example.com", Country: "US"))).Lead;
        })));

        await using var connection = await _run.Database.OpenConnectionAsync();
        Assert.AreEqual(20L, await connection.ExecuteScalarAsync<long>("SELECT value FROM crm_sequences WHERE name = 'sales-assignment:round-robin'"), "one turn per lead");
        var perOwner = (await connection.QueryAsync<(string Owner, long Count)>("SELECT owner_user_name, COUNT(*) FROM crm_leads GROUP BY owner_user_name ORDER BY owner_user_name")).ToList();
        CollectionAssert.AreEqual(new[] { ("rep2", 10L), ("rep3", 10L) }, perOwner);
        Assert.HasCount(20, created.Select(l => l.Id).Distinct());
    }

    [TestMethod]
    public async Task The_web_form_needs_the_key_and_leaves_the_owner_to_the_rules()
    {
        var form = AddOn.Container.Resolve<WebFormLeads>();
        AddOn.User.IsAuthenticated = false;

        Assert.IsFalse(form.IsKeyValid(null));
        Assert.IsFalse(form.IsKeyValid("test-form-key-012345678"));
        Assert.IsFalse(form.IsKeyValid(LeadTestSettings.FormKey + "0"));
        Assert.IsTrue(form.IsKeyValid(LeadTestSettings.FormKey));
        var id = await form.CaptureAsync(new LeadInput("Kaffeehaus Wien", "Franz Huber", "franz@kaffeehaus.at", Country: "KR", Source: "manual"), CancellationToken.None);
        var invalid = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => form.CaptureAsync(new LeadInput("No way to reach"), CancellationToken.None));
        Assert.IsTrue(invalid.Errors.ContainsKey("email"));

        SignIn("root", CrmRoles.Admin);
        var lead = await Leads.GetAsync(id);
        Assert.AreEqual(("web-form", "web-form", "rep3"), (lead.Source, lead.CreatedBy, lead.Owner));
    }

    private static void AssertErpMatch(IReadOnlyList<LeadDuplicate> found, string accountKey, MatchKey key)
    {
        var match = found.SingleOrDefault(d => d.Kind == DuplicateKind.ErpCustomer && d.Key == accountKey);
        Assert.IsNotNull(match, $"customer {accountKey} among {string.Join(", ", found.Select(f => f.Key))}");
        CollectionAssert.Contains(match.MatchedOn.ToList(), key);
    }

    // The same Korean company written with its legal form elsewhere: in front, behind, abbreviated.
    private static string KoreanVariant(string name) =>
        name.StartsWith("주식회사 ", StringComparison.Ordinal) ? "㈜" + name["주식회사 ".Length..]
        : name.StartsWith("(주)", StringComparison.Ordinal) ? name["(주)".Length..] + " 주식회사"
        : "(주) " + name[..^" 주식회사".Length];

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.IsAuthenticated = true;
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }

    private async Task<long> CountAsync(string tableAndFilter)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {tableAndFilter}");
    }

    private async Task<(string Key, string Name, string Phone, string? Email)> CustomerAsync(string condition)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.QueryFirstAsync<(string, string, string, string?)>(
            $"SELECT customer_no, name, phone, email FROM erp_customers WHERE {condition} AND email IS NOT NULL ORDER BY customer_no");
    }
}

[TestClass]
public sealed class SqliteLeadTests : LeadContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresLeadTests : LeadContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerLeadTests : LeadContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
