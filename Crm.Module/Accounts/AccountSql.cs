using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Accounts;

/// <summary>
/// The SQL behind account search and the account overview, composed once from the ERP views.
/// Each part of the overview is one statement; no statement runs per order or invoice.
/// </summary>
internal sealed class AccountSql
{
    private const string AccountColumns =
        "c.account_key AS AccountKey, c.name AS Name, c.email AS Email, c.phone AS Phone, c.street AS Street, " +
        "c.postal_code AS PostalCode, c.city AS City, c.country AS Country, c.currency AS Currency";

    private const string OrderColumns =
        "o.order_key AS OrderKey, o.order_number AS OrderNumber, o.account_key AS AccountKey, o.order_date AS OrderDate, " +
        "o.currency AS Currency, o.total AS Total, o.reference AS Reference, o.status AS Status";

    private const string InvoiceColumns =
        "i.invoice_key AS InvoiceKey, i.invoice_number AS InvoiceNumber, i.account_key AS AccountKey, i.order_key AS OrderKey, " +
        "i.invoice_date AS InvoiceDate, i.due_date AS DueDate, i.currency AS Currency, i.total AS Total, i.paid AS Paid, " +
        "i.open_amount AS OpenAmount, i.paid_on AS PaidOn";

    private readonly ErpViews _views;
    private readonly ISqlDialect _dialect;

    public AccountSql(ErpViews views, ISqlDialect dialect)
    {
        _views = views;
        _dialect = dialect;
        var overdue = $"i.open_amount > 0 AND {dialect.DateOf("i.due_date")} < {dialect.DateOf("@today")}";
        var month = dialect.MonthOf("i.invoice_date");

        Account = $"SELECT {AccountColumns} FROM ({views.Customers}) c WHERE c.account_key = @accountKey;";
        AccountExists = $"SELECT COUNT(*) FROM ({views.Customers}) c WHERE c.account_key = @accountKey;";
        Assignment = "SELECT owner_user_name AS OwnerUserName, version AS Version, updated_at AS UpdatedAt, updated_by AS UpdatedBy FROM crm_accounts WHERE account_key = @crmKey;";
        OrderStats = $"""
            SELECT COUNT(*) AS OrderCount, MIN(o.order_date) AS FirstOrderDate, MAX(o.order_date) AS LastOrderDate
            FROM ({views.Orders}) o WHERE o.account_key = @accountKey;
            """;
        OrdersPage = $"""
            SELECT {OrderColumns} FROM ({views.Orders}) o WHERE o.account_key = @accountKey
            ORDER BY o.order_date DESC, o.order_key DESC {dialect.Paging};
            """;
        InvoiceCount = $"SELECT COUNT(*) FROM ({views.Invoices}) i WHERE i.account_key = @accountKey;";
        InvoicesPage = $"""
            SELECT {InvoiceColumns} FROM ({views.Invoices}) i WHERE i.account_key = @accountKey
            ORDER BY i.invoice_date DESC, i.invoice_key DESC {dialect.Paging};
            """;
        Balances = $"""
            SELECT COALESCE(i.currency, '') AS Currency,
                   {dialect.Money("SUM(i.open_amount)")} AS OpenBalance,
                   {dialect.Money($"SUM(CASE WHEN {overdue} THEN i.open_amount ELSE 0 END)")} AS OverdueBalance,
                   COUNT(*) AS OpenInvoiceCount,
                   SUM(CASE WHEN {overdue} THEN 1 ELSE 0 END) AS OverdueInvoiceCount
            FROM ({views.Invoices}) i WHERE i.account_key = @accountKey AND i.open_amount > 0
            GROUP BY COALESCE(i.currency, '') ORDER BY COALESCE(i.currency, '');
            """;
        RevenueByMonth = $"""
            SELECT {month} AS Month, COALESCE(i.currency, '') AS Currency, {dialect.Money("SUM(i.total)")} AS Revenue, COUNT(*) AS InvoiceCount
            FROM ({views.Invoices}) i WHERE i.account_key = @accountKey AND i.invoice_date >= @revenueSince
            GROUP BY {month}, COALESCE(i.currency, '');
            """;
        AverageDaysToPay = $"""
            SELECT {dialect.Money($"AVG({dialect.DaysBetween("i.invoice_date", "i.paid_on")})")}
            FROM ({views.Invoices}) i WHERE i.account_key = @accountKey AND i.paid_on IS NOT NULL AND i.open_amount <= 0;
            """;
    }

    public string Account { get; }

    /// <summary>1 when the ERP customer <c>@accountKey</c> exists, else 0.</summary>
    public string AccountExists { get; }

    /// <summary>The CRM's assignment row of the account, read by its canonical key <c>@crmKey</c>.</summary>
    public string Assignment { get; }

    public string OrderStats { get; }

    public string OrdersPage { get; }

    public string InvoiceCount { get; }

    public string InvoicesPage { get; }

    public string Balances { get; }

    public string RevenueByMonth { get; }

    public string AverageDaysToPay { get; }

    public string OrderCount => $"SELECT COUNT(*) FROM ({_views.Orders}) o WHERE o.account_key = @accountKey;";

    /// <summary>
    /// The search's statements for the conditions a search text calls for; <see cref="ErpAccounts.SearchAsync"/>
    /// runs them in the order <see cref="AccountSearchStatements"/> describes.
    /// </summary>
    public AccountSearchStatements Search(AccountSearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var conditions = new List<string>();
        if (terms.Contains is not null)
        {
            conditions.Add(_dialect.LikeIgnoreCase("c.name", "@contains"));
            conditions.Add(_dialect.LikeIgnoreCase("c.email", "@contains"));
        }

        if (terms.KeyPrefix is not null)
        {
            conditions.Add(_dialect.LikeIgnoreCase("c.account_key", "@keyPrefix"));
        }

        if (terms.KeyNumber is not null)
        {
            conditions.Add("c.account_key = @keyNumber");
        }

        if (terms.PhoneDigits is not null)
        {
            conditions.Add("REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(c.phone, ' ', ''), '-', ''), '/', ''), '(', ''), ')', ''), '+', '') LIKE @phoneDigits");
        }

        var where = conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" OR ", conditions);
        const string byName = "ORDER BY c.name, c.account_key";
        var firstMatches = _dialect.FirstRows($"SELECT c.* FROM ({_views.Customers}) c {where}", "@window");
        return new AccountSearchStatements(
            Scan: $"SELECT {AccountColumns}, COUNT(*) OVER () AS Matches FROM ({firstMatches}) c {byName} {_dialect.Paging};",
            OrderedPage: $"SELECT {AccountColumns} FROM ({_views.Customers}) c {where} {byName} {_dialect.Paging};",
            Count: $"SELECT COUNT(*) FROM ({_dialect.FirstRows($"SELECT 1 AS one FROM ({_views.Customers}) c {where}", "@window")}) c;");
    }
}
