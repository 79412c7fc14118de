using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An ERP order placed more than <c>DaysAfterOrder</c> days ago (default 7, looking back at most
/// <c>LookBackDays</c>, default 60) with no CRM activity for the account since gets one follow-up
/// call for the account owner (or <c>FallbackAssignee</c>; accounts with neither are skipped).
/// </summary>
internal sealed class OrderWithoutContactRule(CrmDatabase database, ErpViews views) : IFollowUpRule
{
    /// <summary>The candidates: orders from <c>@since</c> to before <c>@olderThan</c> with no activity since (internal: the sweep benchmark's baseline runs it too).</summary>
    internal string Statement { get; } = CandidateStatement(database.Dialect, views);

    public string Code => "order-without-contact";

    public string Name => "Follow-up call after an order with no contact since";

    public string DefaultSchedule => "0 30 6 * * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var olderThan = today.AddDays(-context.Whole(Code, "DaysAfterOrder", 7));
        var since = today.AddDays(-context.Whole(Code, "LookBackDays", 60));
        var fallback = context.Text("FallbackAssignee");
        var type = context.Text("ActivityType") ?? "call";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = connection.QueryUnbufferedAsync<OrderRow>(Statement, new { olderThan = DbValues.ToParameter(olderThan), since = DbValues.ToParameter(since) });
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if ((row.Owner ?? fallback) is not { } assignee)
            {
                continue;
            }

            var number = ErpKey.FromDatabase(row.OrderNumber);
            yield return new FollowUpProposal(
                "order:" + ErpKey.FromDatabase(row.OrderKey),
                string.Empty,
                row.AccountKey,
                type,
                $"How did order {number} go?",
                assignee,
                context.Now.AddDays(1),
                $"Order {number} of {DbValues.ToDate(row.OrderDate):yyyy-MM-dd}; nobody has contacted the customer since.");
        }
    }

    private static string CandidateStatement(ISqlDialect dialect, ErpViews views)
    {
        var account = $"RTRIM({dialect.AsText("o.account_key")})";
        return $"""
            SELECT o.order_key AS OrderKey, o.order_number AS OrderNumber, {account} AS AccountKey, o.order_date AS OrderDate, a.owner_user_name AS Owner
            FROM ({views.Orders}) o LEFT JOIN crm_accounts a ON a.account_key = {account}
            WHERE {dialect.DateOf("o.order_date")} < {dialect.DateOf("@olderThan")} AND {dialect.DateOf("o.order_date")} >= {dialect.DateOf("@since")}
              AND NOT EXISTS (SELECT 1 FROM crm_activities x WHERE x.account_key = {account} AND {dialect.DateOf("x.created_at")} >= {dialect.DateOf("o.order_date")})
            ORDER BY o.order_key
            """;
    }

    private sealed class OrderRow
    {
        public object OrderKey { get; set; } = string.Empty;

        public object OrderNumber { get; set; } = string.Empty;

        public string AccountKey { get; set; } = string.Empty;

        public object OrderDate { get; set; } = string.Empty;

        public string? Owner { get; set; }
    }
}
