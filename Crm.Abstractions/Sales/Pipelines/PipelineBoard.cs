namespace Crm.Abstractions.Sales;

/// <summary>
/// The board of one pipeline: per open stage, in the pipeline's order, the opportunities the user
/// sees that are open in that stage, their figures per currency and the first cards.
/// </summary>
/// <param name="Pipeline">The pipeline with its stages.</param>
/// <param name="Columns">One column per stage, in stage order (empty stages included).</param>
public sealed record PipelineBoard(Pipeline Pipeline, IReadOnlyList<BoardColumn> Columns);

/// <summary>One stage on the board.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Count">Open opportunities in the stage.</param>
/// <param name="Totals">Amount and weighted amount (amount × probability / 100) per currency, by currency code.</param>
/// <param name="Cards">The first opportunities of the stage, soonest expected close first.</param>
public sealed record BoardColumn(PipelineStage Stage, long Count, IReadOnlyList<CurrencyTotal> Totals, IReadOnlyList<Opportunity> Cards);

/// <summary>Sums of one currency: amounts are never added across currencies.</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Count">Opportunities in this currency.</param>
/// <param name="Amount">Sum of their amounts.</param>
/// <param name="Weighted">Sum of amount × probability / 100.</param>
public sealed record CurrencyTotal(string Currency, long Count, decimal Amount, decimal Weighted);
