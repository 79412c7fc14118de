using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// A complaint cannot be resolved or closed before someone has recorded whether a patient was
/// involved (yes or no): "unknown" at the end of a complaint means the reporting duty was never assessed.
/// </summary>
internal sealed class ClosingNeedsPatientAssessment(IInquiryService inquiries) : ICrmBeforeHandler<InquiryStatusChanged>
{
    public async Task BeforeAsync(InquiryStatusChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var assessed = context.Fields.TryGetValue(ComplaintFields.PatientInvolved, out var involved) && (involved is PatientInvolvement.Yes or PatientInvolvement.No);
        if (change.To is not (InquiryStatus.Resolved or InquiryStatus.Closed) || assessed)
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

        // Only complaints need the assessment; the category is looked up only when it matters.
        var inquiry = await inquiries.GetAsync(change.Number, cancellationToken).ConfigureAwait(false);
        if (inquiry.Category == ComplaintCategory.Code)
        {
            context.Veto(Messages.PatientInvolvementNotAssessed, "customFields." + ComplaintFields.PatientInvolved);
        }
    }
}
