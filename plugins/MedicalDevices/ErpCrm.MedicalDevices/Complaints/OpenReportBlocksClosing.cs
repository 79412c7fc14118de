using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// An inquiry cannot be resolved or closed while its regulatory report is required but not filed:
/// that would end the case with the reporting duty left open.
/// </summary>
/// <remarks>
/// Resolving raises <see cref="InquiryResolved"/> together with <see cref="InquiryStatusChanged"/>;
/// handling the status change alone covers resolving and closing without refusing twice.
/// </remarks>
internal sealed class OpenReportBlocksClosing : ICrmBeforeHandler<InquiryStatusChanged>
{
    public Task BeforeAsync(InquiryStatusChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.To is InquiryStatus.Resolved or InquiryStatus.Closed
            && context.Fields.TryGetValue(ComplaintFields.RegulatoryReport, out var report) && report == ReportState.Required)
        {
            context.Veto(Messages.ReportNotFiled, "customFields." + ComplaintFields.RegulatoryReport);
        }

        return Task.CompletedTask;
    }
}
