using Crm.Module.Data.Dialects;
using Crm.Module.Sales.Opportunities;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// The board in one batch: figures per stage and currency, then the first <c>@take</c> open
/// opportunities of each stage <c>@stage0</c>, <c>@stage1</c>, … (one limited SELECT per stage,
/// joined by UNION ALL), so no statement runs per stage and none numbers every open deal.
/// </summary>
/// <remarks>
/// Each stage's SELECT walks the index <c>ix_crm_opportunities_board_cards</c> (pipeline, status,
/// stage, expected_close_date, id) in order and stops after <c>@take</c> rows; a ROW_NUMBER over
/// all open deals of the pipeline read and sorted every one of them. Written as UNION ALL rather
/// than LATERAL because SQLite has no LATERAL.
/// </remarks>
internal sealed class PipelineBoardSql(ISqlDialect dialect)
{
    public static string StageParameter(int index) => "stage" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string For(bool filterOwners, int stageCount)
    {
        var filter = "o.pipeline = @pipeline AND o.status = 'Open'" + (filterOwners ? " AND " + dialect.InList("o.owner", "@owners") : string.Empty);
        var figures = $"""
            SELECT o.stage AS Stage, o.currency AS Currency, COUNT(*) AS Count,
                   {dialect.Money("SUM(o.amount)")} AS Amount, {dialect.Money("SUM(o.amount * o.probability) / 100")} AS Weighted
            FROM crm_opportunities o WHERE {filter}
            GROUP BY o.stage, o.currency ORDER BY o.stage, o.currency;
            """;
        if (stageCount == 0)
        {
            return figures;
        }

        var cards = Enumerable.Range(0, stageCount).Select(i => $"""
            SELECT * FROM (SELECT {OpportunityRow.Columns}, {dialect.Money("o.amount")} AS Amount
                FROM crm_opportunities o WHERE {filter} AND o.stage = @{StageParameter(i)}
                ORDER BY o.expected_close_date, o.id {dialect.Paging}) s{i}
            """);
        return figures + "\n" + string.Join("\nUNION ALL\n", cards) + ";";
    }
}
