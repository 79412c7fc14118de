using Crm.Module.Audit;
using Crm.Module.Screens.Definitions;
using Crm.Module.Tests.Screens;

namespace Crm.Module.Tests.Audit;

/// <summary>The change history the audit log adds to the lead, opportunity and inquiry cards.</summary>
[TestClass]
public sealed class AuditScreenTests
{
    [TestMethod]
    [DataRow(LeadCardScreen.Id, "entity=lead")]
    [DataRow(OpportunityCardScreen.Id, "entity=opportunity")]
    [DataRow(InquiryCardScreen.Id, "entity=inquiry")]
    public void A_card_ends_with_the_records_change_history_read_from_the_audit_route(string screenId, string entity)
    {
        var card = BuiltInScreenSet.Catalog(moreExtensions: [new AuditScreenExtensions()]).Find(screenId)!;

        var history = card.Sections[^1];
        Assert.AreEqual((AuditScreenExtensions.SectionId, "entries"), (history.Id, history.RowsPath));
        StringAssert.Contains(history.DataRoute, entity + "&key={key}");
        Assert.IsTrue(ScreenRoutes.IsMapped(ScreenRoutes.MappedByTheAddOn(), "GET", history.DataRoute!), history.DataRoute);
    }
}
