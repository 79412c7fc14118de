using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Privacy;

/// <summary>
/// Retention rule: disqualified leads not changed for <see cref="RetentionOptions.DisqualifiedLeadsDays"/>
/// lose their personal data (with that of the leads merged into them, their prospects and the
/// activities about them); source, status, owner and dates stay, so lead counts are unchanged.
/// </summary>
internal sealed class DisqualifiedLeadRetention(RetentionRunner runner, CrmDatabase database, TimeProvider clock) : ICrmJob
{
    public const string RuleCode = "crm.retention-disqualified-leads";

    public string Code => RuleCode;

    public string Name => "Erase personal data of old disqualified leads";

    public string DefaultSchedule => "0 45 2 * * ?";

    public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
    {
        var days = runner.Options.DisqualifiedLeadsDays;
        if (days == 0)
        {
            return;
        }

        var pick = $"""
            SELECT id AS Id, version AS Version FROM crm_leads
            WHERE {database.Dialect.InList("status", "@statuses")} AND erased_at IS NULL AND updated_at < @cutoff
            ORDER BY id {database.Dialect.Paging}
            """;
        const string Claim = "UPDATE crm_leads SET erased_at = @now WHERE id = @id AND version = @version AND erased_at IS NULL";
        await runner.RunAsync(
            RuleCode,
            clock.GetUtcNow().AddDays(-days),
            pick,
            [nameof(LeadStatus.Disqualified)],
            Claim,
            (connection, transaction, claimed) => runner.Finder.ForLeadsAsync(connection, transaction, [.. claimed.Select(c => c.Id)], [], cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }
}
