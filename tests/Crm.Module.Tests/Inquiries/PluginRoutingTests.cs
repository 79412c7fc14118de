using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Inquiries;

/// <summary>
/// A plugin's <see cref="IInquiryRoutingRule"/> decides after the configured rules and before the
/// category's team; answers naming unknown teams or non-members are ignored, a throwing rule is skipped.
/// </summary>
[TestClass]
public sealed class PluginRoutingTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    private AddOnOnDatabase? _run;

    private IInquiryService Inquiries => _run!.AddOn.Container.Resolve<IInquiryService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(MondayMorning.Date)),
            InquiryTestSettings.For("HostSample"),
            new FixedClock(MondayMorning, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")),
            builder =>
            {
                RecallCategory.Register(builder);
                builder.RegisterType<ChannelRouting>().As<IInquiryRoutingRule>();
            });
        _run.AddOn.User.UserName = "clerk";
        _run.AddOn.User.SetRoles([CrmRoles.OrderClerk]);
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
    public async Task A_plugin_rule_overrides_the_categorys_team_and_may_name_the_assignee()
    {
        var account = await AnAccountAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Is my vehicle affected?", InquiryChannel.Email, Category: RecallCategory.Code));
        Assert.AreEqual(("service", "clerk3"), (inquiry.Team, inquiry.Assignee), "the rule's team and member, not the category's finance team");
    }

    [TestMethod]
    public async Task Without_an_assignee_the_teams_own_assignment_chooses()
    {
        var account = await AnAccountAsync();
        var first = await Inquiries.LogAsync(new LogInquiry(account, "Letter one", InquiryChannel.Letter));
        var second = await Inquiries.LogAsync(new LogInquiry(account, "Letter two", InquiryChannel.Letter));
        Assert.AreEqual(("finance", "finance", "finance2"), (first.Team, first.Assignee, second.Assignee), "finance hands out by least open load");
    }

    [TestMethod]
    public async Task A_configured_rule_wins_over_a_plugin_rule()
    {
        var account = await AnAccountAsync();
        var inquiry = await Inquiries.LogAsync(new LogInquiry(account, "Wrong amount", InquiryChannel.Email, Category: "invoice-dispute"));
        Assert.AreEqual("finance", inquiry.Team, "Crm:Inquiries:Routing sends disputes to finance; the plugin says service");
    }

    [TestMethod]
    public async Task Unknown_teams_non_members_and_throwing_rules_are_ignored()
    {
        var account = await AnAccountAsync();
        var unknownTeam = await Inquiries.LogAsync(new LogInquiry(account, "Via web", InquiryChannel.Web));
        var notMember = await Inquiries.LogAsync(new LogInquiry(account, "In person", InquiryChannel.WalkIn));
        var thrown = await Inquiries.LogAsync(new LogInquiry(account, "By phone", InquiryChannel.Phone));

        Assert.AreEqual("service", unknownTeam.Team, "the default team");
        Assert.AreEqual("service", notMember.Team);
        Assert.AreEqual("service", thrown.Team, "the inquiry is logged and routed without the failing rule");
    }

    private async Task<string> AnAccountAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.QueryFirstAsync<string>("SELECT customer_no FROM erp_customers ORDER BY customer_no");
    }

    /// <summary>Routes by channel and category, with one bad answer of each kind.</summary>
    private sealed class ChannelRouting : IInquiryRoutingRule
    {
        public string Code => "test.channel-routing";

        public ValueTask<InquiryRoute?> RouteAsync(InquiryRoutingRequest request, CancellationToken cancellationToken) =>
            (request.Category, request.Channel) switch
            {
                (RecallCategory.Code, _) => ValueTask.FromResult<InquiryRoute?>(new("service", "clerk3")),
                ("invoice-dispute", _) => ValueTask.FromResult<InquiryRoute?>(new("service")),
                (_, InquiryChannel.Letter) => ValueTask.FromResult<InquiryRoute?>(new("finance")),
                (_, InquiryChannel.Web) => ValueTask.FromResult<InquiryRoute?>(new("marketing")),
                (_, InquiryChannel.WalkIn) => ValueTask.FromResult<InquiryRoute?>(new("service", "finance")),
                (_, InquiryChannel.Phone) => throw new InvalidOperationException("The routing rule fails."),
                _ => ValueTask.FromResult<InquiryRoute?>(null),
            };
    }
}
