using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// Sales' and clerks' part of the host's customer card, before finance's: the account's owner (linking
/// to the owner card, where managers change it), its RFM segment, its open opportunities and its
/// timeline, and planning an activity or logging an inquiry for it. A section whose route the user's
/// roles may not read (a clerk and the segment) answers 403 and stays empty. Ids carry the
/// <c>crm.</c> prefix so they never clash with the host's.
/// </summary>
internal static class CustomerCardSalesExtension
{
    private const string Key = "screens.customerCardSales.";

    private static readonly string[] Workers = [CrmRoles.OrderClerk, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin];

    // As the services behind the sections' routes allow them: the section stays away from whom the
    // route would refuse, instead of showing an empty table.
    private static readonly string[] Sellers = [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin];

    private static readonly string[] SegmentReaders = [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin];

    public static ScreenExtension Extension { get; } = new(
        "crm.customer-card-sales",
        CustomerCard.Id,
        ScreenAnchor.Before("crm.finance"),
        Sections:
        [
            new("crm.sales", Key + "sales",
            [
                new("crm.owner", ScreenInputs.Key + "owner", FieldType.Text, "ownerUserName"),
                new("crm.changeOwner", Key + "changeOwner", FieldType.Reference, "accountKey", OpensScreenId: AccountOwnerScreen.Id),
            ],
            DataRoute: "/api/crm/accounts/{key}/owner"),
            new("crm.segment", Key + "segment",
            [
                new("crm.tier", "screens.segments.tier", FieldType.Text, "tier"),
                new("crm.recencyDays", "screens.segments.recencyDays", FieldType.Number, "recencyDays"),
                new("crm.frequency", "screens.segments.frequency", FieldType.Number, "frequency"),
                new("crm.monetary", "screens.segments.monetary", FieldType.Money, "monetary"),
                new("crm.expectedNextOrder", "screens.segments.expectedNextOrder", FieldType.Date, "expectedNextOrder"),
            ],
            DataRoute: "/api/crm/accounts/{key}/segment",
            Roles: SegmentReaders),
            new("crm.openOpportunities", Key + "openOpportunities",
            [
                new("crm.opportunityId", "screens.pipelineBoard.id", FieldType.Text, "id", OpensScreenId: OpportunityCardScreen.Id),
                new("crm.opportunityNumber", "screens.pipelineBoard.number", FieldType.Text, "number"),
                new("crm.opportunityName", "screens.pipelineBoard.name", FieldType.Text, "name"),
                new("crm.opportunityStage", ScreenInputs.Key + "stage", FieldType.Text, "stageCode"),
                new("crm.opportunityAmount", "screens.pipelineBoard.amount", FieldType.Money, "amount"),
                new("crm.opportunityCloseDate", "screens.pipelineBoard.expectedCloseDate", FieldType.Date, "expectedCloseDate"),
                new("crm.opportunityOwner", ScreenInputs.Key + "owner", FieldType.Text, "owner"),
            ],
            RowsPath: "items",
            DataRoute: "/api/crm/opportunities?account={key}&status=Open",
            Roles: Sellers),
            new("crm.timeline", Key + "timeline",
            [
                new("crm.timelineAt", Key + "at", FieldType.DateTime, "at"),
                new("crm.timelineKind", Key + "kind", FieldType.Text, "kind"),
                new("crm.timelineKey", Key + "recordKey", FieldType.Text, "key"),
                new("crm.timelineTitle", Key + "recordTitle", FieldType.Text, "title"),
                new("crm.timelineStatus", Key + "status", FieldType.Text, "status"),
                new("crm.timelineAmount", Key + "amount", FieldType.Money, "amount"),
            ],
            RowsPath: "items",
            DataRoute: "/api/crm/accounts/{key}/timeline"),
        ],
        Actions:
        [
            new("crm.planActivity", Key + "planActivity", "POST", "/api/crm/activities", Roles: Workers,
                Inputs: [.. ScreenInputs.PlanActivity("crm.plan", ScreenInputs.Account("crm.planAccount") with { InitialValuePath = "key" })]),
            new("crm.logInquiry", Key + "logInquiry", "POST", "/api/crm/inquiries", Roles: Workers,
                Inputs: [.. ScreenInputs.LogInquiry("crm.log", ScreenInputs.Account("crm.logAccount") with { InitialValuePath = "key" })]),
        ]);
}
