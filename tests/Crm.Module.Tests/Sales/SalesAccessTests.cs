using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Sales;
using Crm.Module.Tests.Harness;

namespace Crm.Module.Tests.Sales;

[TestClass]
public sealed class SalesAccessTests
{
    private static readonly SalesOptions TwoTeams = new()
    {
        Teams =
        [
            new SalesTeamOptions { Name = "North", Managers = ["anna"], Members = ["rep1", "rep2"] },
            new SalesTeamOptions { Name = "South", Managers = ["bert"], Members = ["rep3"] },
        ],
    };

    [TestMethod]
    public void A_rep_works_only_their_own_records()
    {
        var access = new SalesAccess(TwoTeams, User("rep1", CrmRoles.SalesRep));

        Assert.IsTrue(access.MayWork("REP1"));
        Assert.IsFalse(access.MayWork("rep2"));
        Assert.IsFalse(access.MayWork(null));
        CollectionAssert.AreEqual(new[] { "rep1" }, access.VisibleOwners!.ToArray());
        Assert.IsTrue(access.MayAssignTo("rep1"));
        Assert.IsFalse(access.MayAssignTo("rep2"));
        var refused = Assert.ThrowsExactly<CrmPermissionException>(() => access.DemandWork("rep2", "opportunity", "7"));
        StringAssert.Contains(refused.Message, "opportunity 7");
    }

    [TestMethod]
    public void A_manager_works_their_teams_records_and_unowned_ones()
    {
        var access = new SalesAccess(TwoTeams, User("anna", CrmRoles.SalesManager));

        CollectionAssert.AreEquivalent(new[] { "anna", "rep1", "rep2" }, access.VisibleOwners!.ToArray());
        Assert.IsTrue(access.MayWork("rep2"));
        Assert.IsTrue(access.MayWork(null));
        Assert.IsFalse(access.MayWork("rep3"));
        Assert.IsTrue(access.MayAssignTo("rep1"));
        Assert.IsFalse(access.MayAssignTo("rep3"));
    }

    [TestMethod]
    public void Without_teams_a_manager_and_an_admin_see_every_owner()
    {
        Assert.IsNull(new SalesAccess(new SalesOptions(), User("anna", CrmRoles.SalesManager)).VisibleOwners);
        Assert.IsNull(new SalesAccess(TwoTeams, User("root", CrmRoles.Admin)).VisibleOwners);
    }

    [TestMethod]
    public void Clerks_and_finance_do_not_work_sales_records()
    {
        var clerk = new SalesAccess(TwoTeams, User("clara", CrmRoles.OrderClerk));

        Assert.IsFalse(clerk.MayWork("clara"));
        Assert.ThrowsExactly<CrmPermissionException>(() => clerk.DemandSalesUser("create leads"));
    }

    private static TestUser User(string name, string role)
    {
        var user = new TestUser { UserName = name };
        user.SetRoles(role);
        return user;
    }
}
