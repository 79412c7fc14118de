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
/// The state recorded is always the stored one, read when the event arrives; every write is
/// idempotent and ignores a change older than the recorded one, so repeated and out-of-order
/// deliveries are harmless (a late event can only make a filing time a little early). Events this plugin misses (it was disabled, or not yet
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
            // The case goes in with the row; noting it again covers a row an earlier delivery made.
            await reports.RecordAsync(inquiry.Number, status, crmEvent.OccurredAt, inquiry.CreatedAt, inquiry.AccountKey, inquiry.Assignee, cancellationToken).ConfigureAwait(false);
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

        // The stored value, not the event's: a before-change handler's enrichment (a patient was
        // involved, so the report became required) is committed with the change but not shown in
        // the event's values, and a late delivery must not record an outdated state.
        var fields = await fieldValues.GetAsync(CustomFieldEntity.Inquiry, crmEvent.Key, cancellationToken).ConfigureAwait(false);
        var status = fields.TryGetValue(ComplaintFields.RegulatoryReport, out var stored) ? stored : ReportState.NotRequired;
        await reports.RecordAsync(crmEvent.Key, status, crmEvent.OccurredAt, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public Task HandleAsync(InquiryAssigned crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        return reports.NoteCaseAsync(crmEvent.Number, null, crmEvent.Assignee, cancellationToken);
    }
}
