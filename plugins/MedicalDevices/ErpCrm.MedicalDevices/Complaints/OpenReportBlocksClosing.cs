using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// An inquiry cannot be resolved or closed while its regulatory report is required but not filed,
/// and a complaint cannot be resolved or closed before someone has assessed whether a patient was
/// involved: either would end the case with a possible reporting duty left open.
/// </summary>
/// <remarks>
/// Resolving raises <see cref="InquiryResolved"/> together with <see cref="InquiryStatusChanged"/>;
/// handling the status change alone covers resolving and closing without refusing twice.
/// </remarks>
internal sealed class OpenReportBlocksClosing(IInquiryService inquiries) : ICrmBeforeHandler<InquiryStatusChanged>
{
    public async Task BeforeAsync(InquiryStatusChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.To is not (InquiryStatus.Resolved or InquiryStatus.Closed))
        {
            return;
        }

        if (context.Fields.TryGetValue(ComplaintFields.RegulatoryReport, out var report) && report == ReportState.Required)
        {
            context.Veto(Messages.ReportNotFiled, "customFields." + ComplaintFields.RegulatoryReport);
            return;
        }

        var assessed = context.Fields.TryGetValue(ComplaintFields.PatientInvolved, out var involved) && (involved is PatientInvolvement.Yes or PatientInvolvement.No);
        if (!assessed)
        {
            // Only complaints need the assessment; the category is looked up only when it matters.
            var inquiry = await inquiries.GetAsync(change.Number, cancellationToken).ConfigureAwait(false);
            if (inquiry.Category == ComplaintCategory.Code)
            {
                context.Veto(Messages.PatientInvolvementNotAssessed, "customFields." + ComplaintFields.PatientInvolved);
            }
        }
    }
}
