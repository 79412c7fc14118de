using System.Data.Common;
using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Accounts;

/// <summary>Account search and the finance overview, read through the ERP mapping.</summary>
internal sealed class ErpAccounts(CrmDatabase database, ErpViews views, AccountSql sql, AccountSearchOptions searchOptions, ICurrentUser user, TimeProvider clock) : IErpAccounts
{
    private const int RevenueMonths = 24;

    /// <remarks>
    /// The total is exact up to <see cref="AccountSearchOptions.CountLimit"/> matches (or the end of
    /// the requested page, if later); beyond that the page says "more than" (<see cref="Page{T}.TotalCountCapped"/>).
    /// The matches and their order are those of a plain search: name, e-mail or key, ordered by name and key.
    /// </remarks>
    public async Task<Page<ErpAccount>> SearchAsync(string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        DemandRead();
        ArgumentNullException.ThrowIfNull(page);
        var terms = AccountSearchTerms.Parse(search, views.CustomerKey.Type);
        var statements = sql.Search(terms);

        // Count one more than the limit, so that reaching it tells "more than the limit".
        var window = Math.Max(searchOptions.CountLimit, page.Offset + page.PageSize) + 1;
        var parameters = new
        {
            contains = terms.Contains,
            keyPrefix = terms.KeyPrefix,
            keyNumber = terms.KeyNumber,
            phoneDigits = terms.PhoneDigits,
            skip = page.Offset,
            take = page.PageSize,
            window,
        };
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var scanned = await QueryAsync(connection, statements.Scan, parameters, cancellationToken).ConfigureAwait(false);
        var matches = scanned.Count > 0 ? scanned[0].Matches
            : page.Offset == 0 ? 0
            : await connection.ExecuteScalarAsync<long>(new CommandDefinition(statements.Count, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (matches < window)
        {
            return ToPage(scanned, page, matches, window);
        }

        // The scan kept the first matches it met, not the first by name: page again in name order.
        var ordered = await QueryAsync(connection, statements.OrderedPage, parameters, cancellationToken).ConfigureAwait(false);
        return ToPage(ordered, page, matches, window);
    }

    public async Task<ErpAccount> GetAsync(string accountKey, CancellationToken cancellationToken = default)
    {
        DemandRead();
        var key = KeyParameter(accountKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(sql.Account, key.With(new { }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToAccount() ?? throw new CrmNotFoundException("account", accountKey);
    }

    public async Task<AccountOverview> GetOverviewAsync(string accountKey, int pageSize, CancellationToken cancellationToken = default)
    {
        DemandRead();
        var page = new PageRequest(1, pageSize);
        var (key, crmKey) = AccountAccess.ParseKey(views, accountKey);
        var today = Today();
        var invoicesVisible = AccountAccess.CanSeeInvoices(user);
        var statements = sql.Account + sql.Assignment + sql.OrderStats + sql.OrdersPage;
        if (invoicesVisible)
        {
            statements += sql.InvoiceCount + sql.InvoicesPage + sql.Balances + sql.RevenueByMonth + sql.AverageDaysToPay;
        }

        var firstRevenueMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - RevenueMonths);
        var parameters = key.With(new
        {
            crmKey,
            skip = page.Offset,
            take = page.PageSize,
            today = DbValues.ToParameter(today),
            revenueSince = DbValues.ToParameter(firstRevenueMonth),
        });

        // One round trip: every part is its own statement in one batch.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(statements, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var account = (await results.ReadSingleOrDefaultAsync<AccountRow>().ConfigureAwait(false))?.ToAccount()
            ?? throw new CrmNotFoundException("account", accountKey);
        var assignment = AssignmentRow.ToAssignment(account.Key, await results.ReadSingleOrDefaultAsync<AssignmentRow>().ConfigureAwait(false));
        var stats = await results.ReadSingleAsync<OrderStatsRow>().ConfigureAwait(false);
        var orders = await results.ReadAsync<OrderRow>().ConfigureAwait(false);
        var orderPage = new Page<ErpOrder>([.. orders.Select(o => o.ToOrder())], page.Page, page.PageSize, stats.OrderCount);
        if (!invoicesVisible)
        {
            return new AccountOverview(account, assignment, today, stats.OrderCount, DbValues.ToNullableDate(stats.FirstOrderDate), DbValues.ToNullableDate(stats.LastOrderDate), orderPage, false, null, [], [], null);
        }

        var invoiceCount = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var invoices = await results.ReadAsync<InvoiceRow>().ConfigureAwait(false);
        var balances = await results.ReadAsync<BalanceRow>().ConfigureAwait(false);
        var revenue = await results.ReadAsync<RevenueRow>().ConfigureAwait(false);
        var averageDaysToPay = await results.ReadSingleAsync<decimal?>().ConfigureAwait(false);
        return new AccountOverview(
            account,
            assignment,
            today,
            stats.OrderCount,
            DbValues.ToNullableDate(stats.FirstOrderDate),
            DbValues.ToNullableDate(stats.LastOrderDate),
            orderPage,
            true,
            new Page<ErpInvoice>([.. invoices.Select(i => i.ToInvoice(today))], page.Page, page.PageSize, invoiceCount),
            [.. balances.Select(b => b.ToBalance())],
            FillMonths(revenue, firstRevenueMonth),
            averageDaysToPay is null ? null : Math.Round(averageDaysToPay.Value, 1));
    }

    public async Task<Page<ErpOrder>> GetOrdersAsync(string accountKey, PageRequest page, CancellationToken cancellationToken = default)
    {
        DemandRead();
        ArgumentNullException.ThrowIfNull(page);
        var key = KeyParameter(accountKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql.Account + sql.OrderCount + sql.OrdersPage,
            key.With(new { skip = page.Offset, take = page.PageSize }),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        _ = await results.ReadSingleOrDefaultAsync<AccountRow>().ConfigureAwait(false) ?? throw new CrmNotFoundException("account", accountKey);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<OrderRow>().ConfigureAwait(false);
        return new Page<ErpOrder>([.. rows.Select(r => r.ToOrder())], page.Page, page.PageSize, total);
    }

    public async Task<Page<ErpInvoice>> GetInvoicesAsync(string accountKey, PageRequest page, CancellationToken cancellationToken = default)
    {
        DemandRead();
        ArgumentNullException.ThrowIfNull(page);
        user.Demand(Messages.ActionReadInvoices, CrmRoles.Finance, CrmRoles.SalesManager, CrmRoles.Admin);
        var key = KeyParameter(accountKey);
        var today = Today();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            sql.Account + sql.InvoiceCount + sql.InvoicesPage,
            key.With(new { skip = page.Offset, take = page.PageSize }),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        _ = await results.ReadSingleOrDefaultAsync<AccountRow>().ConfigureAwait(false) ?? throw new CrmNotFoundException("account", accountKey);
        var total = await results.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await results.ReadAsync<InvoiceRow>().ConfigureAwait(false);
        return new Page<ErpInvoice>([.. rows.Select(r => r.ToInvoice(today))], page.Page, page.PageSize, total);
    }

    private void DemandRead() => AccountAccess.DemandRead(user);

    private static async Task<List<AccountRow>> QueryAsync(DbConnection connection, string statement, object parameters, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<AccountRow>(new CommandDefinition(statement, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];

    private static Page<ErpAccount> ToPage(List<AccountRow> rows, PageRequest page, long matches, long window) =>
        new([.. rows.Select(r => r.ToAccount())], page.Page, page.PageSize, Math.Min(matches, window - 1)) { TotalCountCapped = matches >= window };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private ErpKeyParameter KeyParameter(string accountKey) => AccountAccess.ParseKey(views, accountKey).Parameter;

    // Charts want every month, also the ones without invoices, per currency that appears at all.
    private static MonthlyRevenue[] FillMonths(IEnumerable<RevenueRow> rows, DateOnly firstMonth)
    {
        var byMonth = rows.ToDictionary(r => (r.Month, Currency: r.Currency.TrimEnd()));
        var currencies = byMonth.Keys.Select(k => k.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var months = Enumerable.Range(0, RevenueMonths)
            .Select(i => firstMonth.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToList();
        return
        [
            .. from month in months
               from currency in currencies
               let row = byMonth.GetValueOrDefault((month, currency))
               select new MonthlyRevenue(month, currency, row?.Revenue ?? 0m, row?.InvoiceCount ?? 0),
        ];
    }
}
