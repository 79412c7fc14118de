using Crm.Module.Data.Dialects;
using Crm.Module.Sales.Opportunities;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// The board in one batch: figures per stage and currency, then the first <c>@cards</c> open
/// opportunities of every stage (ROW_NUMBER per stage), so no statement runs per stage.
/// </summary>
internal sealed class PipelineBoardSql(ISqlDialect dialect)
{
    public string For(bool filterOwners)
    {
        var filter = "o.pipeline = @pipeline AND o.status = 'Open'" + (filterOwners ? " AND " + dialect.InList("o.owner", "@owners") : string.Empty);
        return $"""
            SELECT o.stage AS Stage, o.currency AS Currency, COUNT(*) AS Count,
                   {dialect.Money("SUM(o.amount)")} AS Amount, {dialect.Money("SUM(o.amount * o.probability) / 100")} AS Weighted
            FROM crm_opportunities o WHERE {filter}
            GROUP BY o.stage, o.currency ORDER BY o.stage, o.currency;
            SELECT {OpportunityRow.Columns}, {dialect.Money("o.amount")} AS Amount
            FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY o.stage ORDER BY o.expected_close_date, o.id) AS card_number
                  FROM crm_opportunities o WHERE {filter}) o
            WHERE o.card_number <= @cards ORDER BY o.stage, o.card_number;
            """;
    }
}
