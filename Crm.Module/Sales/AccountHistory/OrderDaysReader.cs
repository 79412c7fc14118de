using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// Reads the ERP's order days per account through the mapped orders view, in one statement for
/// all accounts (or one account), streamed in account order: the input of <see cref="ReorderInterval"/>.
/// </summary>
internal sealed class OrderDaysReader
{
    private readonly string _oneAccount;

    public OrderDaysReader(CrmDatabase database, ErpViews views)
    {
        var dialect = database.Dialect;
        var account = $"RTRIM({dialect.AsText("o.account_key")})";
        var day = dialect.DateOf("o.order_date");
        string Sql(string filter) => $"""
            SELECT d.AccountKey, d.OrderDay, d.Orders, a.owner_user_name AS Owner
            FROM (SELECT {account} AS AccountKey, {day} AS OrderDay, COUNT(*) AS Orders
                  FROM ({views.Orders}) o WHERE {day} >= {dialect.DateOf("@since")}{filter}
                  GROUP BY {account}, {day}) d
            LEFT JOIN crm_accounts a ON a.account_key = d.AccountKey
            ORDER BY d.AccountKey, d.OrderDay
            """;
        AllAccounts = Sql(string.Empty);
        _oneAccount = Sql(" AND o.account_key = @accountKey");
    }

    /// <summary>The order days of every account since <c>@since</c> (internal: the sweep benchmark's baseline runs it too).</summary>
    internal string AllAccounts { get; }

    /// <summary>Every account with an order on or after <paramref name="since"/>, with its order days since then.</summary>
    public IAsyncEnumerable<AccountOrderDays> ReadAllAsync(DbConnection connection, DateOnly since, CancellationToken cancellationToken) =>
        GroupAsync(connection.QueryUnbufferedAsync<DayRow>(AllAccounts, new { since = DbValues.ToParameter(since) }), cancellationToken);

    /// <summary>One account's order days on or after <paramref name="since"/>; null when it has none.</summary>
    public async Task<AccountOrderDays?> ReadOneAsync(DbConnection connection, ErpKeyParameter account, DateOnly since, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(
            _oneAccount, account.With(new { since = DbValues.ToParameter(since) }), cancellationToken: cancellationToken)).ConfigureAwait(false);
        await foreach (var days in GroupAsync(rows.ToAsyncEnumerable(), cancellationToken).ConfigureAwait(false))
        {
            return days;
        }

        return null;
    }

    private static async IAsyncEnumerable<AccountOrderDays> GroupAsync(IAsyncEnumerable<DayRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? key = null;
        string? owner = null;
        var days = new List<OrderDay>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (key is not null && key != row.AccountKey)
            {
                yield return new AccountOrderDays(key, owner, days);
                days = [];
            }

            key = row.AccountKey;
            owner = row.Owner;
            days.Add(new OrderDay(DbValues.ToDate(row.OrderDay), Convert.ToInt32(row.Orders, CultureInfo.InvariantCulture)));
        }

        if (key is not null)
        {
            yield return new AccountOrderDays(key, owner, days);
        }
    }

    private sealed class DayRow
    {
        public string AccountKey { get; set; } = string.Empty;

        public object OrderDay { get; set; } = string.Empty;

        public object Orders { get; set; } = 0L;

        public string? Owner { get; set; }
    }
}
