using System.Globalization;
using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Plugins;
using Crm.Module.Sales.Leads;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Extensibility;

/// <summary>
/// Before-change handlers as a plugin registers them, on a real database: a veto rolls the whole
/// operation back, an enrichment is written with it, a throwing handler neither blocks it nor leaves
/// its half-made veto, and a handler of <see cref="CrmEvent"/> sees every change with the user.
/// </summary>
public abstract class BeforeChangeContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private IInquiryService Inquiries => _run!.AddOn.Container.Resolve<IInquiryService>();

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_veto_refuses_the_inquiry_and_writes_nothing()
    {
        await StartAsync(b => InquiryPlugin.RegisterBefore<RecallNeedsVin, InquiryLogged>(b, new RecallNeedsVin()));
        var account = await AnAccountAsync();

        var refused = await Assert.ThrowsExactlyAsync<CrmValidationException>(() =>
            Inquiries.LogAsync(new LogInquiry(account, "Airbag recall", InquiryChannel.Phone, Category: RecallCategory.Code)));

        CollectionAssert.AreEqual(new[] { InquiryPlugin.NoVinMessage }, refused.Errors[string.Empty]);
        Assert.AreEqual(0L, await CountAsync("crm_inquiries"));
        Assert.AreEqual(0L, await CountAsync("crm_outbox"));

        var allowed = await Inquiries.LogAsync(new LogInquiry(account, "Where is my order?", InquiryChannel.Phone));
        Assert.AreEqual("INQ-2026-000001", allowed.Number, "the refused inquiry used no number that is visible");
    }

    [TestMethod]
    public async Task An_enrichment_is_written_with_the_new_inquiry()
    {
        await StartAsync(b => InquiryPlugin.RegisterBefore<StampChannel, InquiryLogged>(b, new StampChannel()));

        var inquiry = await Inquiries.LogAsync(new LogInquiry(await AnAccountAsync(), "Where is my order?", InquiryChannel.Email));

        var values = await _run!.AddOn.Container.Resolve<ICustomFieldValues>().GetAsync(CustomFieldEntity.Inquiry, inquiry.Number);
        Assert.AreEqual("Email", values[InquiryPlugin.ChannelField]);
    }

    [TestMethod]
    public async Task An_invalid_enrichment_rolls_the_inquiry_back()
    {
        await StartAsync(b => InquiryPlugin.RegisterBefore<StampChannel, InquiryLogged>(b, new StampChannel()), withFields: false);
        var account = await AnAccountAsync();

        var refused = await Assert.ThrowsExactlyAsync<CrmValidationException>(() =>
            Inquiries.LogAsync(new LogInquiry(account, "Where is my order?", InquiryChannel.Email)));

        Assert.IsTrue(refused.Errors.ContainsKey("customFields." + InquiryPlugin.ChannelField), refused.Message);
        Assert.AreEqual(0L, await CountAsync("crm_inquiries"));
    }

    [TestMethod]
    public async Task A_handler_sees_the_values_given_with_a_new_lead_and_adds_its_own()
    {
        await StartAsync(b => InquiryPlugin.RegisterBefore<NoteRegion, LeadCreated>(b, new NoteRegion()));
        var leads = (LeadService)_run!.AddOn.Container.Resolve<ILeadService>();

        var created = await leads.CreateAsync(
            new LeadInput("Kaffeehaus Wien", "Franz Huber", "franz@kaffeehaus.at"), null, new Dictionary<string, string?> { [InquiryPlugin.RegionField] = "north" }, CancellationToken.None);

        var values = await _run.AddOn.Container.Resolve<ICustomFieldValues>().GetAsync(CustomFieldEntity.Lead, created.Lead.Id.ToString(CultureInfo.InvariantCulture));
        Assert.AreEqual(("north", "north"), (values[InquiryPlugin.RegionField], values[InquiryPlugin.RegionSeenField]));
    }

    [TestMethod]
    public async Task A_throwing_handler_does_not_block_and_is_counted_until_its_plugin_is_disabled()
    {
        var broken = new BrokenCheck();
        await StartAsync(b => InquiryPlugin.RegisterBefore<BrokenCheck, InquiryLogged>(b, broken));
        var account = await AnAccountAsync();

        await Inquiries.LogAsync(new LogInquiry(account, "First", InquiryChannel.Phone));
        Assert.IsNull(Health.DisabledReason(InquiryPlugin.PluginId), "one failure is below the limit of two");
        await Inquiries.LogAsync(new LogInquiry(account, "Second", InquiryChannel.Phone));
        StringAssert.Contains(Health.DisabledReason(InquiryPlugin.PluginId), "lookup table is missing");
        await Inquiries.LogAsync(new LogInquiry(account, "Third", InquiryChannel.Phone));

        Assert.AreEqual(2, broken.Calls, "a disabled plugin's handlers are skipped");
        Assert.AreEqual(3L, await CountAsync("crm_inquiries"));
    }

    [TestMethod]
    public async Task A_handler_of_CrmEvent_sees_every_change_with_the_user_and_the_fields_as_they_will_be()
    {
        var every = new EveryChange();
        await StartAsync(b =>
        {
            InquiryPlugin.RegisterBefore<StampChannel, InquiryLogged>(b, new StampChannel());
            InquiryPlugin.RegisterBefore<EveryChange, CrmEvent>(b, every);
        });
        _run!.AddOn.User.UserName = "clerk";
        _run.AddOn.User.SetRoles(CrmRoles.OrderClerk);

        var inquiry = await Inquiries.LogAsync(new LogInquiry(await AnAccountAsync(), "Where is my order?", InquiryChannel.Letter));
        inquiry = await Inquiries.CommentAsync(inquiry.Number, "Called back.");
        await Inquiries.ChangeStatusAsync(inquiry.Number, InquiryStatus.Resolved, inquiry.Version, "Delivered today.");

        var seen = every.Seen.ToList();
        CollectionAssert.AreEqual(
            new[] { nameof(InquiryLogged), nameof(InquiryAssigned), nameof(InquiryCommented), nameof(InquiryStatusChanged), nameof(InquiryResolved) },
            seen.Select(s => s.Change.GetType().Name).ToArray());
        Assert.IsTrue(seen.All(s => s.Entity == CustomFieldEntity.Inquiry && s.Key == inquiry.Number && s.UserName == "clerk"));
        Assert.IsTrue(seen.Skip(1).All(s => s.Fields.TryGetValue(InquiryPlugin.ChannelField, out var v) && v == "Letter"), "the enrichment is visible to later changes in the same and later transactions");
    }

    [TestMethod]
    public async Task A_new_account_owner_is_a_change_of_the_account()
    {
        var every = new EveryChange();
        await StartAsync(b => InquiryPlugin.RegisterBefore<EveryChange, CrmEvent>(b, every));
        var account = await AnAccountAsync();

        var first = await _run!.AddOn.Container.Resolve<IAccountOwners>().AssignAsync(account, "rep1", 0);
        await _run.AddOn.Container.Resolve<IAccountOwners>().AssignAsync(account, "rep2", first.Version);

        var changes = every.Seen.Select(s => (s.Entity, s.Key, (AccountOwnerChanged)s.Change)).ToList();
        Assert.HasCount(2, changes);
        Assert.IsTrue(changes.All(c => c.Entity == CustomFieldEntity.Account && c.Key == account));
        Assert.AreEqual((null, "rep1"), (changes[0].Item3.PreviousOwner, changes[0].Item3.Owner));
        Assert.AreEqual(("rep1", "rep2"), (changes[1].Item3.PreviousOwner, changes[1].Item3.Owner));
    }

    [TestMethod]
    public async Task An_anonymous_change_has_no_user_name()
    {
        var every = new EveryChange();
        await StartAsync(b => InquiryPlugin.RegisterBefore<EveryChange, CrmEvent>(b, every));
        _run!.AddOn.User.IsAuthenticated = false;

        var id = await _run.AddOn.Container.Resolve<WebFormLeads>().CaptureAsync(new LeadInput("Kaffeehaus Wien", "Franz Huber", "franz@kaffeehaus.at"), CancellationToken.None);

        var (change, entity, key, userName, _) = every.Seen.Single();
        Assert.IsInstanceOfType<LeadCreated>(change);
        Assert.AreEqual((CustomFieldEntity.Lead, id.ToString(CultureInfo.InvariantCulture)), (entity, key));
        Assert.IsNull(userName);
    }

    private PluginHealth Health => _run!.AddOn.Container.Resolve<PluginHealth>();

    private async Task StartAsync(Action<ContainerBuilder> plugin, bool withFields = true)
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Sales:WebForm:FormKey"] = "before-change-form-key-0123456789";
        settings["Crm:Plugins:DisableAfterFailures"] = "2";
        _run = await AddOnOnDatabase.StartAsync(
            Engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.Date)),
            settings,
            new FixedClock(Now, TimeZoneInfo.Utc),
            b =>
            {
                RecallCategory.Register(b);
                if (withFields)
                {
                    InquiryPlugin.Fields(b);
                }

                plugin(b);
            });
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    private async Task<string> AnAccountAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.QueryFirstAsync<string>("SELECT customer_no FROM erp_customers ORDER BY customer_no");
    }
}

[TestClass]
public sealed class SqliteBeforeChangeTests : BeforeChangeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresBeforeChangeTests : BeforeChangeContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}
