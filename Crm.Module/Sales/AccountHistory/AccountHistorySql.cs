using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// The SQL of account history and segments: reads of the ERP through the mapped views (one
/// statement for all accounts, never one per account) and of the CRM's <c>crm_account_segments</c>.
/// </summary>
internal sealed class AccountHistorySql
{
    private const string SegmentsWithOwner = "crm_account_segments s LEFT JOIN crm_accounts a ON a.account_key = s.account_key";

    private readonly string _paging;
    private readonly string _segmentColumns;

    public AccountHistorySql(ErpViews views, ISqlDialect dialect)
    {
        var account = $"RTRIM({dialect.AsText("o.account_key")})";
        var inWindow = $"{dialect.DateOf("o.order_date")} >= {dialect.DateOf("@since")}";
        var currency = "COALESCE(o.currency, '')";

        CurrencyTotals = $"""
            SELECT {account} AS AccountKey, {currency} AS Currency, COUNT(*) AS Orders, {dialect.Money("SUM(o.total)")} AS Revenue
            FROM ({views.Orders}) o WHERE {inWindow}
            GROUP BY {account}, {currency}
            """;

        if (views.OrderLines is { } lines)
        {
            // An unmapped quantity or cost is a bare NULL in the view, which PostgreSQL types as text.
            var quantity = "CAST(l.quantity AS decimal(28, 8))";
            var unitCost = "CAST(l.unit_cost AS decimal(28, 8))";
            var product = $"RTRIM({dialect.AsText("l.product_key")})";
            Products = $"""
                SELECT {product} AS ProductKey, MAX(l.description) AS Description, {currency} AS Currency,
                       COUNT(DISTINCT o.order_key) AS TimesOrdered, {dialect.Money($"SUM({quantity})")} AS Quantity,
                       {dialect.Money("SUM(l.line_total)")} AS Revenue, MAX(o.order_date) AS LastOrdered
                FROM ({views.Orders}) o JOIN ({lines}) l ON l.order_key = o.order_key
                WHERE o.account_key = @accountKey AND {inWindow} AND l.product_key IS NOT NULL
                GROUP BY {product}, {currency}
                ORDER BY COUNT(DISTINCT o.order_key) DESC, SUM(l.line_total) DESC, {product}, {currency} {dialect.Paging}
                """;

            // Cost is known only when every line has one: a partial sum would overstate the margin.
            LineProfits = $"""
                SELECT {account} AS AccountKey, {currency} AS Currency, {dialect.Money("SUM(l.line_total)")} AS Revenue,
                       CASE WHEN COUNT(l.unit_cost) = COUNT(*) THEN {dialect.Money($"SUM({quantity} * {unitCost})")} END AS Cost
                FROM ({views.Orders}) o JOIN ({lines}) l ON l.order_key = o.order_key
                WHERE {inWindow}
                GROUP BY {account}, {currency}
                """;
        }

        _paging = dialect.Paging;
        _segmentColumns = $"""
            s.account_key AS AccountKey, a.owner_user_name AS Owner, s.last_order AS LastOrder, s.recency_days AS RecencyDays,
            s.frequency AS Frequency, {dialect.Money("s.monetary")} AS Monetary, s.currency AS Currency, s.recency_score AS RecencyScore,
            s.frequency_score AS FrequencyScore, s.monetary_score AS MonetaryScore, s.tier AS Tier,
            s.typical_interval_days AS TypicalIntervalDays, s.expected_next_order AS ExpectedNextOrder,
            {dialect.Money("s.profit_revenue")} AS ProfitRevenue, {dialect.Money("s.profit_cost")} AS ProfitCost,
            s.computed_at AS ComputedAt, s.generation AS Generation
            """;
        Segment = $"SELECT {_segmentColumns} FROM {SegmentsWithOwner} WHERE s.account_key = @crmKey";
    }

    /// <summary>Per account and currency in the window from <c>@since</c>: orders and their revenue.</summary>
    public string CurrencyTotals { get; }

    /// <summary>One account's products since <c>@since</c>, most often ordered first; null when the mapping has no order lines.</summary>
    public string? Products { get; }

    /// <summary>Per account and currency since <c>@since</c>: line revenue and cost (null when any line lacks cost); null without order lines.</summary>
    public string? LineProfits { get; }

    /// <summary>Count, then page, of stored segments due before <c>@dueBefore</c>, of <c>@owner</c> when <paramref name="byOwner"/>.</summary>
    public string ReorderDue(bool byOwner)
    {
        var where = "s.expected_next_order < @dueBefore" + (byOwner ? " AND a.owner_user_name = @owner" : string.Empty);
        return $"""
            SELECT COUNT(*) FROM {SegmentsWithOwner} WHERE {where};
            SELECT {_segmentColumns} FROM {SegmentsWithOwner} WHERE {where}
            ORDER BY s.expected_next_order, s.account_key {_paging};
            """;
    }

    /// <summary>Count, then page, of stored segments, of <c>@tier</c> when <paramref name="byTier"/>; best scores first.</summary>
    public string SegmentPage(bool byTier)
    {
        var where = byTier ? "WHERE s.tier = @tier" : string.Empty;
        return $"""
            SELECT COUNT(*) FROM crm_account_segments s {where};
            SELECT {_segmentColumns} FROM {SegmentsWithOwner} {where}
            ORDER BY s.recency_score + s.frequency_score + s.monetary_score DESC, s.account_key {_paging};
            """;
    }

    /// <summary>The stored segment of <c>@crmKey</c>.</summary>
    public string Segment { get; }

    public static string TierCounts => "SELECT tier AS Tier, COUNT(*) AS Accounts, MAX(computed_at) AS ComputedAt FROM crm_account_segments GROUP BY tier";

    public static string DeleteSegments => "DELETE FROM crm_account_segments";

    public static string InsertSegment => """
        INSERT INTO crm_account_segments (account_key, last_order, recency_days, frequency, monetary, currency, recency_score,
            frequency_score, monetary_score, tier, typical_interval_days, expected_next_order, profit_revenue, profit_cost, computed_at, generation)
        VALUES (@AccountKey, @LastOrder, @RecencyDays, @Frequency, @Monetary, @Currency, @RecencyScore,
            @FrequencyScore, @MonetaryScore, @Tier, @TypicalIntervalDays, @ExpectedNextOrder, @ProfitRevenue, @ProfitCost, @ComputedAt, @Generation)
        """;
}
