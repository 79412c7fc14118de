using Crm.Abstractions.Common;
using Crm.Abstractions.FollowUps;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.FollowUps;

/// <summary>The follow-up rules as configured, runs on demand, and the record of recent runs.</summary>
internal sealed class FollowUpService(
    IEnumerable<IFollowUpRule> rules,
    FollowUpOptions options,
    FollowUpRunner runner,
    OutboxOptions node,
    CrmDatabase database,
    ICurrentUser user) : IFollowUpService
{
    private readonly IReadOnlyList<IFollowUpRule> _rules = [.. rules];

    public IReadOnlyList<FollowUpRuleInfo> Rules => [.. _rules.Select(options.Describe)];

    public Task<FollowUpRun> RunNowAsync(string ruleCode, CancellationToken cancellationToken = default)
    {
        user.Demand(Messages.ActionRunFollowUpRules, CrmRoles.Admin);
        var rule = _rules.FirstOrDefault(r => r.Code == ruleCode) ?? throw new CrmNotFoundException("follow-up rule", ruleCode);
        return runner.RunAsync(rule, node.NodeName, cancellationToken);
    }

    public async Task<Page<FollowUpRun>> RecentRunsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        user.Demand(Messages.ActionReadFollowUpRuns, CrmRoles.SalesManager, CrmRoles.Admin);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM crm_follow_up_runs;
            SELECT rule_code AS RuleCode, node AS Node, started_at AS StartedAt, finished_at AS FinishedAt, created AS Created, skipped AS Skipped, error AS Error
            FROM crm_follow_up_runs ORDER BY started_at DESC, id DESC {database.Dialect.Paging};
            """,
            new { skip = page.Offset, take = page.PageSize },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<RunRow>().ConfigureAwait(false);
        return new Page<FollowUpRun>([.. rows.Select(r => r.ToRun())], page.Page, page.PageSize, total);
    }

    private sealed class RunRow
    {
        public string RuleCode { get; set; } = string.Empty;

        public string Node { get; set; } = string.Empty;

        public object StartedAt { get; set; } = string.Empty;

        public object FinishedAt { get; set; } = string.Empty;

        public int Created { get; set; }

        public int Skipped { get; set; }

        public string? Error { get; set; }

        public FollowUpRun ToRun() => new(RuleCode, Node, DbValues.ToNullableUtc(StartedAt)!.Value, DbValues.ToNullableUtc(FinishedAt)!.Value, Created, Skipped, Error);
    }
}
