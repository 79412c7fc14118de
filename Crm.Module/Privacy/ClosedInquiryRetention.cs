using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Module.Data;

namespace Crm.Module.Privacy;

/// <summary>
/// Retention rule: resolved and closed inquiries not changed for <see cref="RetentionOptions.ClosedInquiriesDays"/>
/// lose their personal data (with that of the activities about them); their category, status, dates and
/// service-target figures stay, so inquiry counts and reports are unchanged.
/// </summary>
internal sealed class ClosedInquiryRetention(RetentionRunner runner, CrmDatabase database, TimeProvider clock) : ICrmJob
{
    public const string RuleCode = "crm.retention-closed-inquiries";

    public string Code => RuleCode;

    public string Name => "Erase personal data of old closed inquiries";

    public string DefaultSchedule => "0 30 2 * * ?";

    public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
    {
        var days = runner.Options.ClosedInquiriesDays;
        if (days == 0)
        {
            return;
        }

        var pick = $"""
            SELECT id AS Id, version AS Version, number AS Number FROM crm_inquiries
            WHERE {database.Dialect.InList("status", "@statuses")} AND erased_at IS NULL AND updated_at < @cutoff
            ORDER BY id {database.Dialect.Paging}
            """;
        const string Claim = "UPDATE crm_inquiries SET erased_at = @now WHERE id = @id AND version = @version AND erased_at IS NULL";
        await runner.RunAsync(
            RuleCode,
            clock.GetUtcNow().AddDays(-days),
            pick,
            [nameof(InquiryStatus.Resolved), nameof(InquiryStatus.Closed)],
            Claim,
            (connection, transaction, claimed) => runner.Finder.ForInquiriesAsync(connection, transaction, [.. claimed.Select(c => new InquiryKey(c.Id, c.Number!))], cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }
}
