using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>The stored RFM segments: tier counts, pages of a tier, one account's; recomputing on demand (Admin).</summary>
internal sealed class AccountSegmentsService(
    CrmDatabase database,
    ErpViews views,
    AccountSql accountSql,
    AccountHistorySql sql,
    SegmentRecomputer recomputer,
    AccountHistoryOptions options,
    ICurrentUser user) : IAccountSegments
{
    public async Task<SegmentSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        AccountHistoryAccess.DemandRead(user, Messages.ActionReadAccountSegments);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var counts = (await connection.QueryAsync<TierCountRow>(new CommandDefinition(AccountHistorySql.TierCounts, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        var byTier = counts.ToDictionary(c => c.Tier, c => (int)c.Accounts, StringComparer.Ordinal);
        return new SegmentSummary(
            counts.Select(c => DbValues.ToNullableUtc(c.ComputedAt)).Max(),
            options.WindowDays,
            [.. Enum.GetValues<AccountTier>().Select(t => new TierCount(t, byTier.GetValueOrDefault(t.ToString())))]);
    }

    public async Task<Page<AccountSegment>> ListAsync(AccountTier? tier, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        AccountHistoryAccess.DemandRead(user, Messages.ActionReadAccountSegments);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql.SegmentPage(tier is not null),
            new { tier = tier?.ToString(), skip = page.Offset, take = page.PageSize },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<SegmentRow>().ConfigureAwait(false);
        return new Page<AccountSegment>([.. rows.Select(r => r.ToSegment())], page.Page, page.PageSize, total);
    }

    public async Task<AccountSegment> GetAsync(string accountKey, CancellationToken cancellationToken = default)
    {
        AccountHistoryAccess.DemandRead(user, Messages.ActionReadAccountSegments);
        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await AccountAccess.DemandExistsAsync(connection, accountSql, key, accountKey, cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SegmentRow>(new CommandDefinition(sql.Segment, new { crmKey }, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new CrmNotFoundException("segment", accountKey);
        return row.ToSegment();
    }

    public Task<SegmentRecompute> RecomputeAsync(CancellationToken cancellationToken = default)
    {
        AccountHistoryAccess.DemandRecompute(user);
        return recomputer.RecomputeAsync(cancellationToken);
    }

    private sealed class TierCountRow
    {
        public string Tier { get; set; } = string.Empty;

        public long Accounts { get; set; }

        public object? ComputedAt { get; set; }
    }
}
