using System.Text.Json;
using Autofac;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Privacy;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Events;
using Crm.Module.Privacy;
using Crm.Module.Sales.Leads;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Privacy;

/// <summary>
/// Export and erasure of personal data on request, on a real database with Host.Sample's ERP data:
/// Jane Roe (two leads merged into one, converted with a prospect, an activity, an inquiry naming
/// her with a comment, a resolution and an activity, custom field values) and Max Muster, who must
/// never appear in Jane's export nor lose anything by her erasure.
/// </summary>
public abstract class PrivacyContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] JaneTraces = ["Jane", "jane.roe", "1234567", "Roe Consulting", "mornings", "pallets"];

    private static readonly string[] MaxTraces = ["Max Muster", "max@muster.example", "Muster GmbH"];

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private PrivacyService Privacy => AddOn.Container.Resolve<PrivacyService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        var settings = OpportunityTestBase.Settings();
        settings.Remove("Crm:Sales:OrderMatching:Schedule");
        _run = await AddOnOnDatabase.StartAsync(
            Engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            settings,
            new FixedClock(Now),
            builder => builder.RegisterType<PrivacyFields>().As<ICustomFieldSource>());
        SignIn("dpo", CrmRoles.Admin);
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
    public async Task A_leads_export_holds_every_kind_of_row_about_it_and_nothing_about_anyone_else()
    {
        var jane = await JaneAsync();
        await MaxAsync();

        var document = await Privacy.ExportLeadAsync(jane.LeadId, CancellationToken.None);

        Assert.AreEqual(("lead", (long?)jane.LeadId, Now, "dpo"), (document.Subject.Kind, document.Subject.LeadId, document.ExportedAt, document.ExportedBy));
        CollectionAssert.AreEqual(new[] { jane.LeadId, jane.MergedLeadId }, document.Leads.Select(l => (long)l["leadId"]!).ToList());
        var lead = document.Leads[0];
        Assert.AreEqual(("Jane Roe", "jane.roe@example.com", "+49 30 1234567", "Jane prefers mornings"), ((string?)lead["contactName"], (string?)lead["email"], (string?)lead["phone"], (string?)lead["notes"]));
        var fields = (IReadOnlyDictionary<string, string>)lead["customFields"]!;
        Assert.AreEqual(("JR", "12"), (fields[PrivacyFields.Nickname], fields[PrivacyFields.Headcount]));
        Assert.IsNotEmpty((System.Collections.IList)lead["history"]!);
        Assert.AreEqual("Roe Consulting", (string?)document.Prospects.Single()["company"]);
        Assert.AreEqual("Call Jane about the offer", (string?)document.Activities.Single()["subject"]);
        Assert.IsEmpty(document.Inquiries, "the inquiry names Jane, but is not about this lead");

        var json = Serialize(document);
        Assert.IsFalse(MaxTraces.Any(t => json.Contains(t, StringComparison.OrdinalIgnoreCase)), json);
    }

    [TestMethod]
    public async Task A_contacts_export_by_name_finds_the_inquiries_naming_them_and_by_email_their_leads()
    {
        var jane = await JaneAsync();
        await MaxAsync();

        var byName = await Privacy.ExportContactAsync(null, "Jane Roe", CancellationToken.None);
        var byEmail = await Privacy.ExportContactAsync(" Jane.Roe@EXAMPLE.com ", null, CancellationToken.None);

        var inquiry = byName.Inquiries.Single();
        Assert.AreEqual((jane.InquiryNumber, "Jane says the pallets were damaged", "Replaced the pallets for Jane"), ((string?)inquiry["inquiryNumber"], (string?)inquiry["text"], (string?)inquiry["resolutionNote"]));
        var timeline = (List<Dictionary<string, object?>>)inquiry["timeline"]!;
        Assert.IsTrue(timeline.Any(e => (string?)e["text"] == "Called Jane back"));
        Assert.AreEqual("Tuesday after 3", ((IReadOnlyDictionary<string, string>)inquiry["customFields"]!)[PrivacyFields.Callback]);
        CollectionAssert.AreEquivalent(new[] { "Call Jane about the offer", "Visit Jane on site" }, byName.Activities.Select(a => (string?)a["subject"]).ToList());
        CollectionAssert.AreEqual(new[] { jane.LeadId, jane.MergedLeadId }, byEmail.Leads.Select(l => (long)l["leadId"]!).ToList());
        Assert.IsEmpty(byEmail.Inquiries);
        Assert.IsFalse(MaxTraces.Any(t => Serialize(byName).Contains(t, StringComparison.OrdinalIgnoreCase) || Serialize(byEmail).Contains(t, StringComparison.OrdinalIgnoreCase)));

        var nobody = await Privacy.ExportContactAsync("nobody@example.com", null, CancellationToken.None);
        Assert.AreEqual(0, nobody.Leads.Count + nobody.Prospects.Count + nobody.Inquiries.Count + nobody.Activities.Count);
    }

    [TestMethod]
    public async Task Erasing_a_contact_leaves_no_trace_in_any_crm_table_and_keeps_every_aggregate()
    {
        var jane = await JaneAsync();
        var max = await MaxAsync();
        var forecast = AddOn.Container.Resolve<ISalesForecasts>();
        var query = new ForecastQuery("2026-11", "2027-12");
        var forecastBefore = await forecast.GetAsync(query);
        var inquiriesBefore = await InquiryCountsAsync();
        var erpBefore = await ErpFingerprint.TakeAsync(_run!.Database, new HostSampleShape().ErpTables);
        Assert.IsNotEmpty(await CrmTables.TextsContainingAsync(_run.Database, JaneTraces));

        var byEmail = await Privacy.EraseContactAsync("jane.roe@example.com", null, true, CancellationToken.None);
        var byName = await Privacy.EraseContactAsync(null, "Jane Roe", true, CancellationToken.None);

        CollectionAssert.AreEqual(new[] { jane.LeadId, jane.MergedLeadId }, byEmail.LeadIds.ToList());
        Assert.HasCount(1, byEmail.ProspectIds);
        Assert.AreEqual(jane.InquiryNumber, byName.InquiryNumbers.Single());
        var traces = await CrmTables.TextsContainingAsync(_run.Database, JaneTraces);
        Assert.IsEmpty(traces, string.Join(Environment.NewLine, traces));

        var after = await forecast.GetAsync(query);
        CollectionAssert.AreEqual(forecastBefore.Lines.ToList(), after.Lines.ToList());
        CollectionAssert.AreEqual(forecastBefore.Periods.ToList(), after.Periods.ToList());
        CollectionAssert.AreEqual(forecastBefore.WinRates.ToList(), after.WinRates.ToList());
        CollectionAssert.AreEqual(inquiriesBefore, await InquiryCountsAsync());
        Assert.AreEqual(erpBefore, await ErpFingerprint.TakeAsync(_run.Database, new HostSampleShape().ErpTables));

        var lead = await AddOn.Container.Resolve<ILeadService>().GetAsync(jane.LeadId);
        Assert.AreEqual(($"Erased lead {jane.LeadId}", (string?)null, (string?)null, LeadStatus.Converted, "rep", "DE"), (lead.ContactName, lead.Email, lead.Notes, lead.Status, lead.Owner, lead.Country));
        var inquiry = await AddOn.Container.Resolve<IInquiryService>().GetAsync(jane.InquiryNumber);
        Assert.AreEqual(($"Erased inquiry {jane.InquiryNumber}", InquiryStatus.Resolved, "C10001"), (inquiry.Subject, inquiry.Status, inquiry.AccountKey));
        var fields = await AddOn.Container.Resolve<ICustomFieldValues>().GetAsync(CustomFieldEntity.Lead, jane.LeadId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual("12", fields[PrivacyFields.Headcount], "a number is not personal and stays");
        Assert.IsFalse(fields.ContainsKey(PrivacyFields.Nickname));

        var maxTraces = await CrmTables.TextsContainingAsync(_run.Database, MaxTraces);
        Assert.IsTrue(maxTraces.Any(t => t.StartsWith("crm_leads.", StringComparison.Ordinal)) && maxTraces.Any(t => t.StartsWith("crm_inquiries.", StringComparison.Ordinal)) && maxTraces.Any(t => t.StartsWith("crm_outbox.", StringComparison.Ordinal)));
        Assert.AreEqual("Max Muster", (await AddOn.Container.Resolve<ILeadService>().GetAsync(max)).ContactName);
    }

    [TestMethod]
    public async Task Erasure_raises_personal_data_erased_per_record_in_its_transaction_and_no_change_event()
    {
        var jane = await JaneAsync();
        var typesBefore = await OutboxTypesAsync();

        await Privacy.EraseLeadAsync(jane.LeadId, true, CancellationToken.None);

        var added = (await OutboxTypesAsync()).Skip(typesBefore.Count).ToList();
        Assert.IsTrue(added.All(t => t == CrmEventTypes.NameOf(typeof(PersonalDataErased))), string.Join(", ", added));
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var payloads = await connection.QueryAsync<string>("SELECT payload FROM crm_outbox WHERE event_type = @type ORDER BY id", new { type = CrmEventTypes.NameOf(typeof(PersonalDataErased)) });
        var erased = payloads.Select(p => (PersonalDataErased)CrmEventJson.Deserialize(p, typeof(PersonalDataErased))).ToList();
        var activity = jane.ActivityIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        CollectionAssert.AreEquivalent(
            new[] { (CustomFieldEntity.Lead, Key(jane.LeadId)), (CustomFieldEntity.Lead, Key(jane.MergedLeadId)), (CustomFieldEntity.Activity, activity) },
            erased.Select(e => (e.Entity, e.Key)).ToList());
        Assert.IsTrue(erased.All(e => e.Reason == "request" && e.By == "dpo" && e.OccurredAt == Now));
    }

    [TestMethod]
    public async Task Erasing_twice_is_fine_and_an_edit_begun_before_the_erasure_cannot_write_the_data_back()
    {
        var jane = await JaneAsync();
        var leads = AddOn.Container.Resolve<ILeadService>();
        var before = await leads.GetAsync(jane.LeadId);

        var first = await Privacy.EraseLeadAsync(jane.LeadId, true, CancellationToken.None);
        var second = await Privacy.EraseLeadAsync(jane.LeadId, true, CancellationToken.None);

        Assert.AreEqual(first.LeadIds.Count, second.LeadIds.Count);
        Assert.AreEqual($"Erased lead {jane.LeadId}", (await leads.GetAsync(jane.LeadId)).ContactName);
        Assert.IsTrue((await leads.GetAsync(jane.LeadId)).Version > before.Version);
        var recent = (await Privacy.ExportLeadAsync(jane.LeadId, CancellationToken.None)).Leads[0];
        Assert.AreEqual(Now, recent["erasedAt"]);
    }

    [TestMethod]
    public async Task Bad_requests_name_the_field_and_change_nothing()
    {
        var jane = await JaneAsync();
        var outbox = await OutboxTypesAsync();

        var unknown = await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Privacy.EraseLeadAsync(999_999, true, CancellationToken.None));
        Assert.AreEqual(("lead", "999999"), (unknown.Kind, unknown.Key));
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Privacy.ExportLeadAsync(999_999, CancellationToken.None));
        var none = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Privacy.EraseContactAsync(" ", null, true, CancellationToken.None));
        CollectionAssert.AreEquivalent(new[] { "email", "name" }, none.Errors.Keys.ToList());
        var both = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Privacy.ExportContactAsync("jane.roe@example.com", "Jane Roe", CancellationToken.None));
        Assert.IsTrue(both.Errors.ContainsKey("name"));
        var notAddress = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Privacy.ExportContactAsync("jane", null, CancellationToken.None));
        Assert.IsTrue(notAddress.Errors.ContainsKey("email"));
        foreach (bool? confirm in new bool?[] { null, false })
        {
            var unconfirmed = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Privacy.EraseLeadAsync(jane.LeadId, confirm, CancellationToken.None));
            Assert.IsTrue(unconfirmed.Errors.ContainsKey("confirm"));
        }

        Assert.AreEqual("Jane Roe", (await AddOn.Container.Resolve<ILeadService>().GetAsync(jane.LeadId)).ContactName);
        CollectionAssert.AreEqual(outbox, await OutboxTypesAsync());
    }

    [TestMethod]
    public async Task Only_an_admin_exports_or_erases()
    {
        var jane = await JaneAsync();
        foreach (var role in new[] { CrmRoles.SalesManager, CrmRoles.SalesRep, CrmRoles.OrderClerk, CrmRoles.Finance })
        {
            SignIn("someone", role);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Privacy.ExportLeadAsync(jane.LeadId, CancellationToken.None));
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Privacy.ExportContactAsync(null, null, CancellationToken.None), "who may ask comes before what was asked");
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Privacy.EraseLeadAsync(jane.LeadId, true, CancellationToken.None));
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Privacy.EraseContactAsync(null, "Jane Roe", true, CancellationToken.None));
        }

        SignIn("dpo", CrmRoles.Admin);
        Assert.AreEqual("Jane Roe", (await AddOn.Container.Resolve<ILeadService>().GetAsync(jane.LeadId)).ContactName);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Serialize(PersonalDataDocument document) => JsonSerializer.Serialize(document, JsonSerializerOptions.Web);

    /// <summary>Jane Roe's data in every place the CRM keeps personal data.</summary>
    private async Task<Jane> JaneAsync()
    {
        var leads = AddOn.Container.Resolve<LeadService>();
        var values = new Dictionary<string, string?> { [PrivacyFields.Nickname] = "JR", [PrivacyFields.Headcount] = "12" };
        var lead = (await leads.CreateAsync(
            new LeadInput("Roe Consulting", "Jane Roe", "jane.roe@example.com", "+49 30 1234567", "DE", "10115", "Berlin", "referral", "Jane prefers mornings"), "rep", values, CancellationToken.None)).Lead;
        var second = (await leads.CreateAsync(new LeadInput(null, "J. Roe", "JANE.ROE@example.com", Notes: "Met Jane at the fair"), "rep", null, CancellationToken.None)).Lead;
        lead = await leads.MergeAsync(lead.Id, lead.Version, second.Id, second.Version);
        var activities = AddOn.Container.Resolve<IActivityService>();
        var call = await activities.PlanAsync(new PlanActivity("call", "Call Jane about the offer", null, "rep", Now.AddDays(1), Notes: "Ask Jane about the budget", LeadId: lead.Id));
        lead = await leads.ChangeStatusAsync(lead.Id, LeadStatus.Qualified, null, lead.Version);
        await AddOn.Container.Resolve<ILeadConversion>().ConvertAsync(lead.Id, lead.Version, new ConvertLead("Consulting retainer", 10_000m, new DateOnly(2027, 1, 31)));

        var inquiries = AddOn.Container.Resolve<IInquiryService>();
        var inquiry = await inquiries.LogAsync(new LogInquiry("C10001", "Jane Roe asks about damaged pallets", InquiryChannel.Phone, "Jane says the pallets were damaged", "Jane Roe"));
        await AddOn.Container.Resolve<CustomFieldService>().UpdateAsync(CustomFieldEntity.Inquiry, inquiry.Number, new Dictionary<string, string?> { [PrivacyFields.Callback] = "Tuesday after 3" }, 0, CancellationToken.None);
        inquiry = await inquiries.CommentAsync(inquiry.Number, "Called Jane back");
        await activities.PlanAsync(new PlanActivity("meeting", "Visit Jane on site", "C10001", "clerk", Now.AddDays(2), Notes: "Bring new pallets for Jane", InquiryNumber: inquiry.Number));
        await inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Replaced the pallets for Jane");
        return new Jane(lead.Id, second.Id, [call.Id], inquiry.Number);
    }

    /// <summary>Max Muster: a lead and an inquiry of someone else.</summary>
    private async Task<long> MaxAsync()
    {
        var lead = (await AddOn.Container.Resolve<ILeadService>().CreateAsync(new LeadInput("Muster GmbH", "Max Muster", "max@muster.example", Country: "DE"), "rep")).Lead;
        await AddOn.Container.Resolve<IInquiryService>().LogAsync(new LogInquiry("C10002", "Max Muster wants a quote", InquiryChannel.Email, "Max Muster needs 40 crates", "Max Muster"));
        return lead.Id;
    }

    private async Task<List<string>> InquiryCountsAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT status || ' ' || category || ' ' || account_key || ' ' || CAST(COUNT(*) AS VARCHAR(10)) FROM crm_inquiries GROUP BY status, category, account_key ORDER BY status, category, account_key")];
    }

    private async Task<List<string>> OutboxTypesAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>("SELECT event_type FROM crm_outbox ORDER BY id")];
    }

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.IsAuthenticated = true;
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }

    private sealed record Jane(long LeadId, long MergedLeadId, IReadOnlyList<long> ActivityIds, string InquiryNumber);
}

[TestClass]
public sealed class SqlitePrivacyTests : PrivacyContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresPrivacyTests : PrivacyContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
