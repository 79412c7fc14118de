using System.Globalization;
using Crm.Abstractions.Activities;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Sales.Leads;

namespace Crm.Module.CustomFields;

/// <summary>
/// Whether the user may read or edit a record's custom fields: the same as reading or editing the
/// record, proved through the record's own service so the rules live in one place. Both return the
/// record's key in the form the value table stores (an account's canonical ERP key, for instance).
/// </summary>
internal sealed class CustomFieldRecords(
    IErpAccounts accounts,
    ILeadService leads,
    IOpportunityService opportunities,
    IInquiryService inquiries,
    IActivityService activities,
    ICurrentUser user)
{
    /// <exception cref="CrmNotFoundException">No such record.</exception>
    /// <exception cref="CrmPermissionException">The user may not read it.</exception>
    public async Task<string> DemandReadAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken) => entity switch
    {
        CustomFieldEntity.Account => (await accounts.GetAsync(key, cancellationToken).ConfigureAwait(false)).Key,
        CustomFieldEntity.Lead => Key((await leads.GetAsync(Id("lead", key), cancellationToken).ConfigureAwait(false)).Id),
        CustomFieldEntity.Opportunity => Key((await opportunities.GetAsync(Id("opportunity", key), cancellationToken).ConfigureAwait(false)).Id),
        CustomFieldEntity.Inquiry => (await inquiries.GetAsync(key, cancellationToken).ConfigureAwait(false)).Number,
        _ => Key((await activities.GetAsync(Id("activity", key), cancellationToken).ConfigureAwait(false)).Id),
    };

    /// <summary>The record's own edit rules: a lead still workable, an opportunity open, an open activity of the user's (or a manager's); accounts and inquiries as reading.</summary>
    /// <exception cref="CrmValidationException">The record no longer changes (closed, converted, …).</exception>
    public async Task<string> DemandEditAsync(CustomFieldEntity entity, string key, CancellationToken cancellationToken)
    {
        switch (entity)
        {
            case CustomFieldEntity.Lead:
                var lead = await leads.GetAsync(Id("lead", key), cancellationToken).ConfigureAwait(false);
                if (!LeadLifecycle.IsWorkable(lead.Status))
                {
                    throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.LeadClosed, lead.Id, lead.Status));
                }

                return Key(lead.Id);
            case CustomFieldEntity.Opportunity:
                var opportunity = await opportunities.GetAsync(Id("opportunity", key), cancellationToken).ConfigureAwait(false);
                if (opportunity.Status != OpportunityStatus.Open)
                {
                    throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.OpportunityNotOpen, opportunity.Number, opportunity.Status));
                }

                return Key(opportunity.Id);
            case CustomFieldEntity.Activity:
                var activity = await activities.GetAsync(Id("activity", key), cancellationToken).ConfigureAwait(false);
                if (!string.Equals(activity.Assignee, user.UserName, StringComparison.OrdinalIgnoreCase) && !user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin))
                {
                    throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.ActivityChangeNotAllowed, activity.Assignee, "edit", activity.Id));
                }

                if (activity.Status != ActivityStatus.Open)
                {
                    throw new CrmValidationException("status", string.Format(CultureInfo.CurrentCulture, Messages.ActivityNotOpen, activity.Id, activity.Status));
                }

                return Key(activity.Id);
            default:
                return await DemandReadAsync(entity, key, cancellationToken).ConfigureAwait(false);
        }
    }

    // A key that is not a positive number cannot name a record: "not found", as the record routes answer.
    private static long Id(string kind, string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : throw new CrmNotFoundException(kind, key);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
