using Crm.Abstractions.Security;
using Crm.Module.Screens;
using Crm.Module.Tests.Harness;

namespace Crm.Module.Tests.Screens;

/// <summary>Which screens each role opens (visibility only; the services check again), and that every screen is in the catalog once.</summary>
[TestClass]
public sealed class ScreenRoleTests
{
    private static readonly string[] Everyone = ["crm.inquiry-quick-log", "crm.inquiry-queue", "crm.inquiry-card", "crm.my-activities", "crm.account-owner", "erp.customer-card"];
    private static readonly string[] Sales = ["crm.pipeline-board.default", "crm.opportunity-card", "crm.lead-list", "crm.lead-card", "crm.reorder-due", "crm.segments", "crm.forecast", "crm.sales-targets"];

    public static IEnumerable<object[]> Roles =>
    [
        [CrmRoles.OrderClerk, Everyone],
        [CrmRoles.SalesRep, Everyone.Concat(Sales).ToArray()],
        [CrmRoles.SalesManager, Everyone.Concat(Sales).Append("crm.follow-up-rules").ToArray()],
        [CrmRoles.Finance, Everyone.Concat(["crm.segments", "crm.forecast", "crm.sales-targets"]).ToArray()],
        [CrmRoles.Admin, Everyone.Concat(Sales).Concat(["crm.follow-up-rules", "crm.plugins"]).ToArray()],
    ];

    [TestMethod]
    [DynamicData(nameof(Roles))]
    public void Each_role_opens_exactly_its_screens(string role, string[] expected)
    {
        var user = new TestUser();
        user.SetRoles(role);

        var seen = new ScreenAccess(BuiltInScreenSet.Catalog(), user).List().Select(s => s.Id).Order(StringComparer.Ordinal).ToArray();

        CollectionAssert.AreEqual(expected.Order(StringComparer.Ordinal).ToArray(), seen, string.Join(", ", seen));
    }

    [TestMethod]
    public void Every_new_screen_is_in_the_catalog_once()
    {
        var ids = BuiltInScreenSet.Catalog().All.Select(s => s.Id).ToList();

        CollectionAssert.AllItemsAreUnique(ids);
        CollectionAssert.IsSubsetOf(
            new[] { "crm.inquiry-card", "crm.lead-card", "crm.opportunity-card", "crm.reorder-due", "crm.segments", "crm.plugins", "crm.account-owner" },
            ids);
    }

    [TestMethod]
    public void A_clerk_sees_the_customer_cards_plan_and_log_actions_but_not_a_managers_owner_change()
    {
        var user = new TestUser();
        user.SetRoles(CrmRoles.OrderClerk);
        var access = new ScreenAccess(BuiltInScreenSet.Catalog(), user);

        CollectionAssert.IsSubsetOf(new[] { "crm.planActivity", "crm.logInquiry" }, access.Get("erp.customer-card").Actions.Select(a => a.Id).ToArray());
        Assert.IsEmpty(access.Get("crm.account-owner").Actions);

        user.SetRoles(CrmRoles.SalesManager);
        Assert.AreEqual("setOwner", access.Get("crm.account-owner").Actions.Single().Id);
    }

    [TestMethod]
    [DataRow(CrmRoles.OrderClerk, false, false)]
    [DataRow(CrmRoles.Finance, true, false)]
    [DataRow(CrmRoles.SalesRep, true, true)]
    public void The_customer_card_leaves_out_the_sections_a_role_may_not_read(string role, bool segment, bool opportunities)
    {
        var user = new TestUser();
        user.SetRoles(role);

        var sections = new ScreenAccess(BuiltInScreenSet.Catalog(), user).Get("erp.customer-card").Sections.Select(s => s.Id).ToList();

        Assert.AreEqual(segment, sections.Contains("crm.segment"), string.Join(", ", sections));
        Assert.AreEqual(opportunities, sections.Contains("crm.openOpportunities"), string.Join(", ", sections));
        CollectionAssert.Contains(sections, "crm.timeline");
    }
}
