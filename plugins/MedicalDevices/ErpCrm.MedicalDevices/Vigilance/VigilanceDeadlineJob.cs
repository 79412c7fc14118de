using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using ErpCrm.MedicalDevices.Complaints;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// Daily: brings <c>med_vigilance_reports</c> in line with the inquiries' regulatory-report field
/// and marks the reports that passed their deadline unfiled as overdue (kept as evidence, even after
/// a late filing).
/// </summary>
/// <remarks>
/// The catching up matters because the table is written by event handlers: while this plugin is
/// disabled after repeated failures, or before it was installed, events are delivered without it.
/// A report found this way counts its deadline from now (the moment of awareness is not known), so
/// it is never shown as overdue for time it was not tracked. Jobs cannot create activities; the
/// reminders come from <see cref="VigilanceDeadlineRule"/>, which reads this table.
/// </remarks>
internal sealed class VigilanceDeadlineJob(VigilanceReports reports, ICustomFieldValues fieldValues) : ICrmJob
{
    public const string JobCode = "med.vigilance-deadlines";

    public string Code => JobCode;

    public string Name => "Vigilance reports: catch up and mark overdue (medical devices)";

    public string DefaultSchedule => "0 15 4 * * ?";

    public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var status in new[] { ReportState.Required, ReportState.Filed })
        {
            var numbers = await fieldValues.FindAsync(CustomFieldEntity.Inquiry, ComplaintFields.RegulatoryReport, status, cancellationToken).ConfigureAwait(false);
            foreach (var number in numbers)
            {
                var known = await reports.FindAsync(number, cancellationToken).ConfigureAwait(false);
                if (known?.Status != status)
                {
                    await reports.RecordAsync(number, status, context.Now, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // Reports still open here whose field says otherwise now (cleared, or not required).
        foreach (var report in await reports.UnfiledAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var fields = await fieldValues.GetAsync(CustomFieldEntity.Inquiry, report.InquiryNumber, cancellationToken).ConfigureAwait(false);
            fields.TryGetValue(ComplaintFields.RegulatoryReport, out var status);
            if (status != ReportState.Required)
            {
                await reports.RecordAsync(report.InquiryNumber, status ?? ReportState.NotRequired, context.Now, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        await reports.MarkOverdueAsync(context.Now, cancellationToken).ConfigureAwait(false);
    }
}
