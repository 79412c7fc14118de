using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using ErpCrm.MedicalDevices.Complaints;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// Keeps <c>med_vigilance_reports</c> in step with the inquiries' regulatory-report field, after
/// each change is committed: a report that becomes required gets its row and deadline, filing is
/// recorded with its time, and the complaint's customer and assignee are noted for the reminders.
/// </summary>
/// <remarks>
/// Every write is idempotent and ignores a state older than the recorded one, so repeated and
/// out-of-order deliveries are harmless. Events this plugin misses (it was disabled, or not yet
/// installed) are caught up by <see cref="VigilanceDeadlineJob"/>.
/// </remarks>
internal sealed class VigilanceReportRecorder(VigilanceReports reports, ICustomFieldValues fieldValues)
    : ICrmEventHandler<InquiryLogged>, ICrmEventHandler<CustomFieldsChanged>, ICrmEventHandler<InquiryAssigned>
{
    public async Task HandleAsync(InquiryLogged crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        var inquiry = crmEvent.Inquiry;

        // The event does not carry custom fields; what was committed with the inquiry is stored by now.
        var fields = await fieldValues.GetAsync(CustomFieldEntity.Inquiry, inquiry.Number, cancellationToken).ConfigureAwait(false);
        if (fields.TryGetValue(ComplaintFields.RegulatoryReport, out var status))
        {
            await reports.RecordAsync(inquiry.Number, status, crmEvent.OccurredAt, inquiry.CreatedAt, cancellationToken).ConfigureAwait(false);
            await reports.NoteCaseAsync(inquiry.Number, inquiry.AccountKey, inquiry.Assignee, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task HandleAsync(CustomFieldsChanged crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        if (crmEvent.Entity != CustomFieldEntity.Inquiry)
        {
            return;
        }

        crmEvent.Values.TryGetValue(ComplaintFields.RegulatoryReport, out var status);
        crmEvent.Previous.TryGetValue(ComplaintFields.RegulatoryReport, out var previous);
        if (status != previous)
        {
            await reports.RecordAsync(crmEvent.Key, status ?? ReportState.NotRequired, crmEvent.OccurredAt, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public Task HandleAsync(InquiryAssigned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        return reports.NoteCaseAsync(crmEvent.Number, null, crmEvent.Assignee, cancellationToken);
    }
}
