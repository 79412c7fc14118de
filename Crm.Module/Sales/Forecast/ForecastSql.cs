using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Sales.Forecast;

/// <summary>
/// The forecast's grouped queries, sent in one round trip. Months are the dialect's <c>yyyy-MM</c>
/// text; the range is <c>@from</c> (first day) to <c>@until</c> (first day after), so an index on
/// the date columns serves it. ERP orders in a status of <c>@excludedStatuses</c> (upper case; the
/// order matching's <c>ExcludedStatuses</c>, default Cancelled) are no revenue.
/// </summary>
internal sealed class ForecastSql(ErpViews views, ISqlDialect dialect)
{
    /// <summary>The statements, filtered by pipeline, owner and the owners the user may see.</summary>
    public string For(bool byPipeline, bool byOwner, bool byVisibleOwners)
    {
        var filter = (byPipeline ? " AND o.pipeline = @pipeline" : string.Empty)
            + (byOwner ? " AND o.owner = @owner" : string.Empty)
            + (byVisibleOwners ? $" AND {dialect.InList("o.owner", "@owners")}" : string.Empty);
        var ownerFilter = (byOwner ? " AND a.owner_user_name = @owner" : string.Empty)
            + (byVisibleOwners ? $" AND {dialect.InList("a.owner_user_name", "@owners")}" : string.Empty);
        var orderStatus = $"UPPER(LTRIM(RTRIM({dialect.AsText("e.status")})))";
        var targetFilter = (byOwner ? " AND owner = @owner" : string.Empty)
            + (byVisibleOwners ? $" AND {dialect.InList("owner", "@owners")}" : string.Empty);
        var closeMonth = dialect.MonthOf("o.expected_close_date");
        var wonMonth = dialect.MonthOf("o.won_at");
        var orderMonth = dialect.MonthOf("e.order_date");
        var stay = dialect.DaysBetween("s.entered_at", "s.left_at");

        // The order date range is on the bare column, so an index on the ERP's order date serves it
        // (GET /api/crm/erp/indexes). The bounds are days: a date, or a timestamp at midnight or later
        // that day, is >= the first day and < the day after the last (text dates compare the same way).
        // Orders of accounts without an owner count only where the user sees every owner's figures.
        var accountJoin = byOwner || byVisibleOwners ? "JOIN" : "LEFT JOIN";
        return $"""
            SELECT {closeMonth} AS Month, o.owner AS Owner, o.pipeline AS Pipeline, o.currency AS Currency, COUNT(*) AS Count,
                   {dialect.Money("SUM(o.amount)")} AS Amount, {dialect.Money("SUM(o.amount * o.probability) / 100.0")} AS Weighted
            FROM crm_opportunities o
            WHERE o.status = 'Open' AND o.expected_close_date >= @from AND o.expected_close_date < @until{filter}
            GROUP BY {closeMonth}, o.owner, o.pipeline, o.currency;

            SELECT {wonMonth} AS Month, o.owner AS Owner, o.pipeline AS Pipeline, o.currency AS Currency, COUNT(*) AS Count,
                   {dialect.Money("SUM(o.amount)")} AS Amount, {dialect.Money("SUM(o.amount)")} AS Weighted
            FROM crm_opportunities o
            WHERE o.status = 'Won' AND o.won_at >= @from AND o.won_at < @until{filter}
            GROUP BY {wonMonth}, o.owner, o.pipeline, o.currency;

            SELECT owner AS Owner, month AS Month, currency AS Currency, {dialect.Money("amount")} AS Amount
            FROM crm_sales_targets WHERE month >= @fromMonth AND month <= @toMonth{targetFilter};

            SELECT {orderMonth} AS Month, a.owner_user_name AS Owner, e.currency AS Currency, COUNT(*) AS Count, {dialect.Money("SUM(e.total)")} AS Revenue
            FROM ({views.Orders}) e
            {accountJoin} crm_accounts a ON a.account_key = RTRIM({dialect.AsText("e.account_key")})
            WHERE e.order_date >= {dialect.DateOf("@from")} AND e.order_date < {dialect.DateOf("@until")}
              AND (e.status IS NULL OR NOT ({dialect.InList(orderStatus, "@excludedStatuses")})){ownerFilter}
            GROUP BY {orderMonth}, a.owner_user_name, e.currency;

            SELECT o.owner AS Owner, SUM(CASE WHEN o.status = 'Won' THEN 1 ELSE 0 END) AS Won, SUM(CASE WHEN o.status = 'Lost' THEN 1 ELSE 0 END) AS Lost
            FROM crm_opportunities o
            WHERE ((o.status = 'Won' AND o.won_at >= @from AND o.won_at < @until) OR (o.status = 'Lost' AND o.lost_at >= @from AND o.lost_at < @until)){filter}
            GROUP BY o.owner;

            SELECT o.pipeline AS Pipeline, s.stage AS Stage, COUNT(*) AS Stays, AVG({stay}) AS AverageDays
            FROM crm_opportunity_stages s JOIN crm_opportunities o ON o.id = s.opportunity_id
            WHERE s.left_at IS NOT NULL AND s.left_at >= @from AND s.left_at < @until{filter}
            GROUP BY o.pipeline, s.stage;

            SELECT o.id AS OpportunityId, o.number AS Number, o.name AS Name, o.owner AS Owner, o.status AS Status, {dialect.Money("o.amount")} AS Amount,
                   o.currency AS Currency, f.old_date AS OriginalCloseDate, o.expected_close_date AS CurrentCloseDate, c.Later AS TimesMovedLater
            FROM (SELECT opportunity_id, MIN(id) AS FirstId, SUM(CASE WHEN new_date > old_date THEN 1 ELSE 0 END) AS Later
                  FROM crm_opportunity_close_dates GROUP BY opportunity_id) c
            JOIN crm_opportunity_close_dates f ON f.id = c.FirstId
            JOIN crm_opportunities o ON o.id = c.opportunity_id
            WHERE c.Later > 0 AND f.old_date >= @from AND f.old_date < @until AND o.expected_close_date > f.old_date{filter}
            ORDER BY o.id;
            """;
    }
}
