using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Inquiries;
using Crm.Module.Inquiries.Routing;
using Dapper;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An open inquiry at risk of breaching a service target, or in breach, gets an escalation task for
/// its team's manager (or <c>FallbackAssignee</c>): once when at risk, once more when breached.
/// </summary>
internal sealed class InquiryEscalationRule(CrmDatabase database, InquirySql sql, InquiryTeams teams) : IFollowUpRule
{
    /// <summary>The candidates: open inquiries (<c>@open</c>) at risk or in breach at <c>@now</c> (internal: the sweep benchmark's baseline runs it too).</summary>
    internal string Statement { get; } = $"""
        SELECT i.number AS Number, i.account_key AS AccountKey, i.subject AS Subject, i.team AS Team,
               CASE WHEN {InquirySql.BreachedCondition} THEN 'breached' ELSE 'at-risk' END AS Stage
        FROM crm_inquiries i
        WHERE {sql.InList("i.status", "@open")} AND ({InquirySql.BreachedCondition} OR {InquirySql.AtRiskCondition})
        ORDER BY i.id
        """;

    public string Code => "inquiry-escalation";

    public string Name => "Escalate inquiries at risk of or in breach of their service target";

    public string DefaultSchedule => "0 0/15 * * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fallback = context.Text("FallbackAssignee");
        var type = context.Text("ActivityType") ?? "task";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = connection.QueryUnbufferedAsync<InquiryRow>(Statement, new
        {
            now = DbValues.ToUtcParameter(context.Now),
            open = InquiryLifecycle.OpenStatuses.Select(s => s.ToString()).ToArray(),
        });
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if ((teams.Find(row.Team)?.Manager ?? fallback) is not { } manager)
            {
                continue;
            }

            var breached = row.Stage == "breached";
            var subject = $"{(breached ? "Breached" : "At risk")}: inquiry {row.Number} — {row.Subject}";
            yield return new FollowUpProposal(
                "inquiry:" + row.Number,
                row.Stage,
                row.AccountKey,
                type,
                subject.Length > 200 ? subject[..200] : subject,
                manager,
                context.Now,
                breached ? "A service target of this inquiry is breached." : "This inquiry is about to breach a service target.");
        }
    }

    private sealed class InquiryRow
    {
        public string Number { get; set; } = string.Empty;

        public string AccountKey { get; set; } = string.Empty;

        public string Subject { get; set; } = string.Empty;

        public string? Team { get; set; }

        public string Stage { get; set; } = string.Empty;
    }
}
