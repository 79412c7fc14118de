using System.Globalization;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;

namespace Crm.Module.Events.BeforeChange;

/// <summary>
/// The record an event changes, in the terms of custom fields: the kind of record and its key as
/// <see cref="CustomFieldEntity"/> describes it. Before-change handlers see that record's custom
/// fields and may enrich them.
/// </summary>
/// <remarks>
/// Every event of the add-on names one record. An event that names none (a plugin's own event type,
/// or a <see cref="ProspectLinked"/> whose prospect has no account) is not a change of a CRM record:
/// it goes to the outbox without before-change handlers, not even those of <see cref="CrmEvent"/>.
/// A prospect that became a customer changes that account's CRM data, so it counts as a change of
/// the account.
/// </remarks>
internal readonly record struct ChangedRecord(CustomFieldEntity Entity, string Key)
{
    public static ChangedRecord? Of(CrmEvent change) => change switch
    {
        InquiryLogged e => new(CustomFieldEntity.Inquiry, e.Inquiry.Number),
        InquiryAssigned e => new(CustomFieldEntity.Inquiry, e.Number),
        InquiryStatusChanged e => new(CustomFieldEntity.Inquiry, e.Number),
        InquiryResolved e => new(CustomFieldEntity.Inquiry, e.Number),
        InquiryCommented e => new(CustomFieldEntity.Inquiry, e.Number),
        LeadCreated e => Lead(e.Lead.Id),
        LeadUpdated e => Lead(e.Lead.Id),
        LeadStatusChanged e => Lead(e.Lead.Id),
        LeadsMerged e => Lead(e.Survivor.Id),
        LeadConverted e => Lead(e.Lead.Id),
        OpportunityOpened e => Opportunity(e.Opportunity.Id),
        OpportunityUpdated e => Opportunity(e.Opportunity.Id),
        OpportunityStageChanged e => Opportunity(e.Opportunity.Id),
        OpportunityWon e => Opportunity(e.Opportunity.Id),
        OpportunityLost e => Opportunity(e.Opportunity.Id),
        OpportunityReopened e => Opportunity(e.Opportunity.Id),
        OpportunityOrderMatched e => Opportunity(e.Opportunity.Id),
        ActivityPlanned e => Activity(e.Activity.Id),
        ActivityCompleted e => Activity(e.Activity.Id),
        ActivityCancelled e => Activity(e.Activity.Id),
        ActivityReassigned e => Activity(e.Activity.Id),
        ActivityEdited e => Activity(e.Activity.Id),
        AccountOwnerChanged e => new(CustomFieldEntity.Account, e.AccountKey),
        ProspectLinked { Prospect.AccountKey: { } account } => new(CustomFieldEntity.Account, account),
        CustomFieldsChanged e => new(e.Entity, e.Key),
        _ => null,
    };

    private static ChangedRecord Lead(long id) => new(CustomFieldEntity.Lead, id.ToString(CultureInfo.InvariantCulture));

    private static ChangedRecord Opportunity(long id) => new(CustomFieldEntity.Opportunity, id.ToString(CultureInfo.InvariantCulture));

    private static ChangedRecord Activity(long id) => new(CustomFieldEntity.Activity, id.ToString(CultureInfo.InvariantCulture));
}
