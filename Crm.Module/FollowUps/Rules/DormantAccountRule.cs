using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;
using Crm.Module.Data;
using Crm.Module.Sales.AccountHistory;

namespace Crm.Module.FollowUps.Rules;

/// <summary>
/// An account that ordered regularly — at least <c>MinOrders</c> orders (default 4) in the last
/// <c>LookBackDays</c> (default 730) — and has now been silent for longer than its typical reorder
/// interval (<see cref="ReorderInterval"/>, the same as the account history's) × <c>Factor</c>
/// (default 2) gets a re-engagement task for its owner (or <c>FallbackAssignee</c>). Once per
/// silence: the period is the date of the last order.
/// </summary>
internal sealed class DormantAccountRule(CrmDatabase database, OrderDaysReader orderDays) : IFollowUpRule
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
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var account in orderDays.ReadAllAsync(connection, since, cancellationToken).ConfigureAwait(false))
        {
            var usualInterval = ReorderInterval.TypicalDays([.. account.Days.Select(d => d.Date)]);
            var last = account.LastDay;
            var silentFor = today.DayNumber - last.DayNumber;
            if (account.Orders < minOrders || usualInterval is not { } interval || silentFor <= interval * factor || (account.Owner ?? fallback) is not { } assignee)
            {
                continue;
            }

            yield return new FollowUpProposal(
                "account:" + account.AccountKey,
                last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                account.AccountKey,
                type,
                $"Re-engage: no order for {silentFor} days",
                assignee,
                context.Now.AddDays(3),
                string.Create(CultureInfo.InvariantCulture, $"Ordered {account.Orders} times, usually every {interval:0} days; last order {last:yyyy-MM-dd}."));
        }
    }
}
