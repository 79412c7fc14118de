using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using ErpCrm.MedicalDevices.Activities;
using ErpCrm.MedicalDevices.Rules;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// Reminds of regulatory reports that are required but not filed: a <c>med.vigilance-report</c>
/// activity when the deadline is near, and another once it has passed. The reminder is a follow-up
/// rule, not the job, because only rules may have the add-on create activities (once per subject
/// and period, however often they run).
/// </summary>
/// <remarks>
/// Parameters (<c>Crm:FollowUps:Rules:med.vigilance-deadline:Parameters</c>): <c>reminderDays</c>
/// (how many days before the deadline to remind, default 5) and <c>assignee</c> (the person
/// responsible for regulatory compliance; without it, the complaint's assignee gets the reminder,
/// and a report with neither is skipped).
/// </remarks>
internal sealed class VigilanceDeadlineRule(VigilanceReports reports) : IFollowUpRule
{
    public const string RuleCode = "med.vigilance-deadline";

    public string Code => RuleCode;

    public string Name => "Vigilance report deadline (medical devices)";

    // Hourly: the shortest reporting limits are days, and a reminder must not wait for the night.
    public string DefaultSchedule => "0 5 * * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new RuleParameters(RuleCode, context.Parameters);
        var reminderDays = parameters.Number("reminderDays", 5, 0, 30);
        var responsible = parameters.Text("assignee");

        var open = await reports.UnfiledAsync(context.Now.AddDays(reminderDays), cancellationToken).ConfigureAwait(false);
        foreach (var report in open)
        {
            if ((responsible ?? report.Assignee) is not { } assignee)
            {
                continue;
            }

            var overdue = report.DeadlineAt < context.Now;
            var deadline = report.DeadlineAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            yield return new FollowUpProposal(
                SubjectKey: $"vigilance:{report.InquiryNumber}",
                Period: overdue ? "overdue" : "reminder",
                AccountKey: report.AccountKey,
                ActivityType: MedicalActivityTypes.VigilanceReport,
                Subject: ProposalText.Subject(overdue
                    ? $"OVERDUE: regulatory report for {report.InquiryNumber}"
                    : $"Regulatory report for {report.InquiryNumber} due {deadline}"),
                Assignee: assignee,
                DueAt: overdue ? context.Now : report.DeadlineAt,
                Notes: string.Create(
                    CultureInfo.InvariantCulture,
                    $"Complaint {report.InquiryNumber} needs a report to the authority: aware since {report.AwareAt:yyyy-MM-dd HH:mm} UTC, deadline {deadline}. Inform the manufacturer, file the report, then set the complaint's regulatory report to 'filed'."));
        }
    }
}
