using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using ErpCrm.MedicalDevices.Activities;
using ErpCrm.MedicalDevices.Rules;

namespace ErpCrm.MedicalDevices.Calibration;

/// <summary>
/// Devices we sold need calibration (or a safety check) every few months after delivery; the
/// customer relies on us to remind them. Proposes a <c>med.calibration</c> activity for the account
/// owner when a device line's calibration is due within the window, once per line and period.
/// </summary>
/// <remarks>
/// Parameters (<c>Crm:FollowUps:Rules:med.calibration-due:Parameters</c>):
/// <c>productPrefixes</c> (comma-separated product key prefixes of devices, default <c>DEV-</c>),
/// <c>intervalMonths</c> (default 12), <c>windowDays</c> (how far ahead to remind, default 30),
/// <c>maxDeviceAgeYears</c> (older sales are left alone, default 10) and <c>assignee</c> (who gets
/// the calibrations of accounts without an owner; without it those are skipped).
/// The ERP's sale lines carry the order date, not the delivery date: the order date stands for it.
/// Lines with a quantity of zero or less (returns, credits) are no devices in the field.
/// </remarks>
internal sealed class CalibrationDueRule(IErpSales sales) : IFollowUpRule
{
    public const string RuleCode = "med.calibration-due";

    public string Code => RuleCode;

    public string Name => "Calibration due (medical devices)";

    public string DefaultSchedule => "0 0 5 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new RuleParameters(RuleCode, context.Parameters);
        var prefixes = parameters.List("productPrefixes", "DEV-");
        var intervalMonths = parameters.Number("intervalMonths", 12, 1, 120);
        var windowDays = parameters.Number("windowDays", 30, 0, 365);
        var maxAgeYears = parameters.Number("maxDeviceAgeYears", 10, 1, 50);
        var fallbackAssignee = parameters.Text("assignee");

        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var horizon = today.AddDays(windowDays);
        var query = new ErpSaleLineQuery(prefixes, today.AddYears(-maxAgeYears), today);
        await foreach (var line in sales.ReadLinesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var assignee = line.AccountOwner ?? fallbackAssignee;
            if (line.Quantity <= 0 || assignee is null
                || CalibrationSchedule.LatestDueOnOrBefore(line.OrderDate, intervalMonths, horizon) is not { } due)
            {
                continue;
            }

            yield return Propose(line, due, intervalMonths, assignee);
        }
    }

    private static FollowUpProposal Propose(ErpSaleLine line, DateOnly due, int intervalMonths, string assignee)
    {
        var lineKey = line.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? line.ProductKey;
        var device = string.IsNullOrWhiteSpace(line.Description) ? line.ProductKey : $"{line.ProductKey} {line.Description}";
        var quantity = line.Quantity is { } q ? $"{q.ToString("0.##", CultureInfo.InvariantCulture)} × " : string.Empty;
        var notes = string.Create(
            CultureInfo.InvariantCulture,
            $"{quantity}{device}, order {line.OrderNumber ?? line.OrderKey} of {line.OrderDate:yyyy-MM-dd}. Calibration every {intervalMonths} months; this one is due on {due:yyyy-MM-dd}. Record the certificate and plan the next calibration when done.");
        return new FollowUpProposal(
            SubjectKey: $"calibration:{line.OrderKey}:{lineKey}",
            Period: due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AccountKey: line.AccountKey,
            ActivityType: MedicalActivityTypes.Calibration,
            Subject: ProposalText.Subject($"Calibration due: {device} at {line.AccountName}"),
            Assignee: assignee,
            DueAt: new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Notes: notes);
    }
}
