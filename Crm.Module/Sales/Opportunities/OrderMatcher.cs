using System.Data.Common;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Crm.Module.Events;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Matches won opportunities to the ERP orders that realize them (see <see cref="OrderCandidate.Best"/>).
/// Each match is one transaction: the row in <c>crm_opportunity_order_matches</c> (whose key lets an
/// order realize one opportunity only), the opportunity's match columns and its event. Idempotent:
/// only won, unmatched opportunities are looked at, and a race lost to another host is left for the next run.
/// </summary>
internal sealed partial class OrderMatcher(
    CrmDatabase database,
    ErpViews views,
    OpportunitySql sql,
    OrderMatchOptions options,
    IOutbox outbox,
    TimeProvider clock,
    ILogger<OrderMatcher> logger)
{
    /// <summary>Matches one opportunity; returns it matched, or null when it is not won, already matched, or no order fits yet.</summary>
    public async Task<Opportunity?> MatchAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<OpportunityRow>(new CommandDefinition(sql.ById, new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is not { Status: nameof(OpportunityStatus.Won), MatchedOrderKey: null, AccountKey: { } accountKey, WonAt: { } wonAt }
            || views.CustomerKey.ToParameter(accountKey) is not { } account)
        {
            return null;
        }

        var opportunity = row.ToOpportunity();
        var wonOn = DateOnly.FromDateTime(DbValues.ToNullableUtc(wonAt)!.Value.UtcDateTime);
        var createdOn = DateOnly.FromDateTime(opportunity.CreatedAt.UtcDateTime);
        var from = (createdOn < wonOn ? createdOn : wonOn).AddDays(-options.DaysBefore);
        var candidates = await connection.QueryAsync<OrderCandidate>(new CommandDefinition(
            sql.OrderCandidates,
            account.With(new { from = DbValues.ToParameter(from), to = DbValues.ToParameter(wonOn.AddDays(options.DaysAfter)) }),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (OrderCandidate.Best(candidates, opportunity, wonOn, options) is not { } best)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                OpportunitySql.AddMatch,
                new { orderKey = best.Order.OrderKey, id, method = best.Method.ToString(), at = DbValues.ToUtcParameter(now) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            // Another host matched this order (or this opportunity) first; the next run looks again.
            LogMatchRace(logger, id, best.Order.OrderKey, e.Message);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var expected = row.Version;
        row.MatchedOrderKey = best.Order.OrderKey;
        row.MatchedAt = DbValues.ToUtcParameter(now);
        row.MatchMethod = best.Method.ToString();
        row.Version++;
        if (!await OpportunityStore.WriteAsync(connection, transaction, row, expected, cancellationToken).ConfigureAwait(false))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var matched = row.ToOpportunity();
        await outbox.EnqueueAsync(connection, transaction, new OpportunityOrderMatched(matched) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogMatched(logger, matched.Number, best.Order.OrderKey, best.Method);
        return matched;
    }

    /// <summary>
    /// Looks for the orders of every opportunity won in the last <c>LookBackDays</c> and still
    /// unmatched, <c>BatchSize</c> at a time in id order. Returns how many were matched.
    /// </summary>
    public async Task<int> MatchPendingAsync(CancellationToken cancellationToken)
    {
        var since = DbValues.ToUtcParameter(clock.GetUtcNow().AddDays(-options.LookBackDays));
        var matched = 0;
        long afterId = 0;
        while (true)
        {
            List<long> ids;
            await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                ids = [.. await connection.QueryAsync<long>(new CommandDefinition(
                    sql.Unmatched, new { since, afterId, skip = 0, take = options.BatchSize }, cancellationToken: cancellationToken)).ConfigureAwait(false)];
            }

            foreach (var id in ids)
            {
                if (await MatchAsync(id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    matched++;
                }
            }

            if (ids.Count < options.BatchSize)
            {
                return matched;
            }

            afterId = ids[^1];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opportunity {Number} is realized by ERP order {OrderKey} (matched by {Method}).")]
    private static partial void LogMatched(ILogger logger, string number, string orderKey, OrderMatchMethod method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opportunity {Id} could not take ERP order {OrderKey}, matched meanwhile elsewhere: {Problem}")]
    private static partial void LogMatchRace(ILogger logger, long id, string orderKey, string problem);
}
