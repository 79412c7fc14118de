using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// An account's reorder history read live from the ERP (a handful of statements for the one
/// account), and the accounts due for a reorder read from the stored segments (one paged query).
/// </summary>
internal sealed class AccountHistoryService(
    CrmDatabase database,
    ErpViews views,
    AccountSql accountSql,
    AccountHistorySql sql,
    OrderDaysReader orderDays,
    AccountHistoryOptions options,
    ICurrentUser user,
    TimeProvider clock) : IAccountHistory
{
    public async Task<ReorderHistory> GetAsync(string accountKey, CancellationToken cancellationToken = default)
    {
        AccountHistoryAccess.DemandRead(user, Messages.ActionReadAccountHistory);
        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-options.LookBackDays);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await AccountAccess.DemandExistsAsync(connection, accountSql, key, accountKey, cancellationToken).ConfigureAwait(false);

        var stats = await connection.QuerySingleAsync<StatsRow>(new CommandDefinition(accountSql.OrderStats, key.With(new { }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        var days = await orderDays.ReadOneAsync(connection, key, since, cancellationToken).ConfigureAwait(false);
        var interval = days is null ? null : ReorderInterval.TypicalDays(days.DaysSince(since));
        var products = sql.Products is null ? [] : (await connection.QueryAsync<ProductRow>(new CommandDefinition(
                sql.Products, key.With(new { since = DbValues.ToParameter(since), skip = 0, take = options.TopProducts }), cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(p => p.ToPurchase())
            .ToList();
        var lastOrder = DbValues.ToNullableDate(stats.LastOrderDate);
        return new ReorderHistory(
            crmKey,
            Convert.ToInt32(stats.OrderCount, System.Globalization.CultureInfo.InvariantCulture),
            DbValues.ToNullableDate(stats.FirstOrderDate),
            lastOrder,
            options.LookBackDays,
            interval,
            ReorderInterval.ExpectedNext(days?.LastDay, interval),
            products);
    }

    public async Task<Page<ReorderDue>> ReorderDueAsync(ReorderDueQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        AccountHistoryAccess.DemandRead(user, Messages.ActionReadAccountsDueForReorder);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql.ReorderDue(query.Owner is not null),
            new { dueBefore = DbValues.ToParameter(today.AddDays(-query.ToleranceDays)), owner = query.Owner, skip = page.Offset, take = page.PageSize },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<SegmentRow>().ConfigureAwait(false);
        return new Page<ReorderDue>([.. rows.Select(r => r.ToReorderDue(today))], page.Page, page.PageSize, total);
    }

    private sealed class StatsRow
    {
        public object OrderCount { get; set; } = 0L;

        public object? FirstOrderDate { get; set; }

        public object? LastOrderDate { get; set; }
    }

    private sealed class ProductRow
    {
        public object ProductKey { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string Currency { get; set; } = string.Empty;

        public object TimesOrdered { get; set; } = 0L;

        public decimal? Quantity { get; set; }

        public decimal Revenue { get; set; }

        public object LastOrdered { get; set; } = string.Empty;

        public ProductPurchase ToPurchase() => new(
            ErpKey.FromDatabase(ProductKey),
            Description?.TrimEnd(),
            Currency.TrimEnd() is { Length: > 0 } code ? code : null,
            Convert.ToInt32(TimesOrdered, System.Globalization.CultureInfo.InvariantCulture),
            Quantity,
            Revenue,
            DbValues.ToDate(LastOrdered));
    }
}
