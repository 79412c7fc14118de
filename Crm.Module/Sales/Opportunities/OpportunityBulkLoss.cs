using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Events;
using Crm.Module.Sales.Pipelines;
using Dapper;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// Marking many opportunities lost for one reason, all or nothing: every one is checked first
/// (visible, open, at the version read where one is given) and reported; only when none stands in
/// the way are all written, each with its stage visit closed and its event, in one transaction.
/// </summary>
internal sealed class OpportunityBulkLoss(
    CrmDatabase database,
    OpportunitySql sql,
    PipelineCatalog pipelines,
    SalesAccess access,
    IOutbox outbox,
    ICurrentUser user,
    TimeProvider clock)
{
    private const int MaxItems = 500;

    public async Task<BulkLossResult> LoseAsync(IReadOnlyList<BulkLossItem> items, string reason, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        access.DemandSalesUser(Messages.ActionMarkOpportunitiesLost);
        var (code, cleanNote) = OpportunityFields.Loss(pipelines, reason, note);
        if (items.Count is 0 or > MaxItems || items.Select(i => i.Id).Distinct().Count() != items.Count)
        {
            throw new CrmValidationException("items", string.Format(CultureInfo.CurrentCulture, Messages.BulkLossItemCount, MaxItems));
        }

        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<OpportunityRow>(new CommandDefinition(
            sql.ByIds, new { ids = items.Select(i => i.Id).ToArray() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var problems = items.Select(item => (item.Id, Problem: Problem(item, rows.GetValueOrDefault(item.Id)))).ToList();
        if (problems.Any(p => p.Problem is not null))
        {
            return new BulkLossResult(false, [.. problems.Select(p => new BulkLossOutcome(p.Id, p.Problem, null))]);
        }

        var outcomes = new List<BulkLossOutcome>();
        foreach (var item in items)
        {
            var row = rows[item.Id];
            var expected = row.Version;
            row.MarkLost(code, cleanNote, now);
            row.Touch(user.UserName, now);
            await OpportunityStore.CloseStageAsync(connection, transaction, row.Id, now, cancellationToken).ConfigureAwait(false);
            if (!await OpportunityStore.WriteAsync(connection, transaction, row, expected, cancellationToken).ConfigureAwait(false))
            {
                // Changed between our read and our write: nothing of the batch is kept.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new BulkLossResult(false, [.. items.Select(i => new BulkLossOutcome(i.Id, i.Id == item.Id ? Messages.BulkLossChangedMeanwhile : null, null))]);
            }

            await outbox.EnqueueAsync(connection, transaction, new OpportunityLost(row.ToOpportunity()) { EventId = Guid.NewGuid(), OccurredAt = now }, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new BulkLossOutcome(item.Id, null, row.Version));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new BulkLossResult(true, outcomes);
    }

    private string? Problem(BulkLossItem item, OpportunityRow? row) =>
        row is null || !access.MayWork(row.Owner) ? Messages.BulkLossNotInBook
        : row.Status != nameof(OpportunityStatus.Open) ? string.Format(CultureInfo.CurrentCulture, Messages.BulkLossNotOpen, row.Status)
        : item.Version is { } version && version != row.Version ? string.Format(CultureInfo.CurrentCulture, Messages.BulkLossStaleVersion, version)
        : null;
}
