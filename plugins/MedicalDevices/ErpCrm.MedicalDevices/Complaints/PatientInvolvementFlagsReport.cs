using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>
/// When a patient was involved in an incident with a device, the incident may be a serious one that
/// must be reported to the authority within days (EU MDR Art. 87): marks the regulatory report as
/// required, whatever the clerk chose, unless it has already been filed. The quality team then
/// decides and files; the inquiry cannot be resolved before (see <see cref="OpenReportBlocksClosing"/>).
/// </summary>
internal sealed class PatientInvolvementFlagsReport : ICrmBeforeHandler<InquiryLogged>, ICrmBeforeHandler<CustomFieldsChanged>
{
    public Task BeforeAsync(InquiryLogged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        FlagWhenPatientInvolved(context);
        return Task.CompletedTask;
    }

    public Task BeforeAsync(CustomFieldsChanged change, CrmChangeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (change.Entity == CustomFieldEntity.Inquiry)
        {
            FlagWhenPatientInvolved(context);
        }

        return Task.CompletedTask;
    }

    private static void FlagWhenPatientInvolved(CrmChangeContext context)
    {
        var patientInvolved = context.Fields.TryGetValue(ComplaintFields.PatientInvolved, out var involved) && involved == PatientInvolvement.Yes;
        context.Fields.TryGetValue(ComplaintFields.RegulatoryReport, out var report);
        if (patientInvolved && report is not (ReportState.Required or ReportState.Filed))
        {
            context.SetField(ComplaintFields.RegulatoryReport, ReportState.Required);
        }
    }
}
