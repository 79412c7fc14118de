using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// Refuses an edit that removes a complaint's last device identification (serial and lot both
/// empty afterwards); see <see cref="ComplaintNeedsDevice"/> for why.
/// </summary>
internal sealed class ComplaintKeepsDevice(IInquiryService inquiries) : ICrmBeforeHandler<CustomFieldsChanged>
{
    public async Task BeforeAsync(CustomFieldsChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);

        // Only an edit that removes the last identification matters; the inquiry's category is
        // looked up only then, so ordinary edits cost nothing.
        if (change.Entity != CustomFieldEntity.Inquiry || DeviceIdentification.IsGiven(context.Fields) || !DeviceIdentification.IsGiven(change.Previous))
        {
            return;
        }

        // Looking up the category needs a user who may read the inquiry. Background work (no user)
        // cannot, and a lookup that throws would count against this plugin until all of it,
        // vigilance included, is disabled: such changes pass this check.
        if (context.UserName is null)
        {
            return;
        }

        var inquiry = await inquiries.GetAsync(change.Key, cancellationToken).ConfigureAwait(false);
        if (inquiry.Category == ComplaintCategory.Code)
        {
            DeviceIdentification.Refuse(context);
        }
    }
}
