using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An account that ordered regularly — at least <c>MinOrders</c> orders (default 4) in the last
/// <c>LookBackDays</c> (default 730) — and has now been silent for longer than its usual interval
/// between orders × <c>Factor</c> (default 2) gets a re-engagement task for its owner (or
/// <c>FallbackAssignee</c>). Once per silence: the period is the date of the last order.
/// </summary>
internal sealed class DormantAccountRule(CrmDatabase database, ErpViews views) : IFollowUpRule
{
    public string Code => "dormant-account";

    public string Name => "Re-engagement task for accounts that stopped ordering";

    public string DefaultSchedule => "0 0 7 ? * MON";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var minOrders = context.Whole(Code, "MinOrders", 4);
        var factor = context.Number(Code, "Factor", 2);
        var since = today.AddDays(-context.Whole(Code, "LookBackDays", 730));
        var fallback = context.Text("FallbackAssignee");
        var type = context.Text("ActivityType") ?? "task";
        var dialect = database.Dialect;
        var account = $"RTRIM({dialect.AsText("o.account_key")})";
        var sql = $"""
            SELECT s.AccountKey, s.Orders, s.FirstOrder, s.LastOrder, a.owner_user_name AS Owner
            FROM (SELECT {account} AS AccountKey, COUNT(*) AS Orders, MIN(o.order_date) AS FirstOrder, MAX(o.order_date) AS LastOrder
                  FROM ({views.Orders}) o WHERE {dialect.DateOf("o.order_date")} >= {dialect.DateOf("@since")}
                  GROUP BY {account}) s
            LEFT JOIN crm_accounts a ON a.account_key = s.AccountKey
            WHERE s.Orders >= @minOrders
            ORDER BY s.AccountKey
            """;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = connection.QueryUnbufferedAsync<AccountRow>(sql, new { since = DbValues.ToParameter(since), minOrders });
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var first = DbValues.ToDate(row.FirstOrder);
            var last = DbValues.ToDate(row.LastOrder);
            var orders = Convert.ToInt64(row.Orders, System.Globalization.CultureInfo.InvariantCulture);
            var usualInterval = (last.DayNumber - first.DayNumber) / (double)(orders - 1);
            var silentFor = today.DayNumber - last.DayNumber;
            if (usualInterval <= 0 || silentFor <= usualInterval * factor || (row.Owner ?? fallback) is not { } assignee)
            {
                continue;
            }

            yield return new FollowUpProposal(
                "account:" + row.AccountKey,
                last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                row.AccountKey,
                type,
                $"Re-engage: no order for {silentFor} days",
                assignee,
                context.Now.AddDays(3),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Ordered {orders} times, usually every {usualInterval:0} days; last order {last:yyyy-MM-dd}."));
        }
    }

    private sealed class AccountRow
    {
        public string AccountKey { get; set; } = string.Empty;

        public object Orders { get; set; } = 0L;

        public object FirstOrder { get; set; } = string.Empty;

        public object LastOrder { get; set; } = string.Empty;

        public string? Owner { get; set; }
    }
}
