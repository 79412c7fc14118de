namespace Crm.Abstractions.Sales;

/// <summary>What to forecast: a range of months (<c>yyyy-MM</c>, inclusive, at most 36), optionally one pipeline or one owner.</summary>
/// <param name="FromMonth">First month (<c>yyyy-MM</c>); with <paramref name="ToMonth"/> both empty, two months before the current one.</param>
/// <param name="ToMonth">Last month (<c>yyyy-MM</c>); with <paramref name="FromMonth"/> both empty, three months after the current one.</param>
/// <param name="Pipeline">Only this pipeline's opportunities.</param>
/// <param name="Owner">Only this owner's figures.</param>
public sealed record ForecastQuery(string FromMonth, string ToMonth, string? Pipeline = null, string? Owner = null);

/// <summary>
/// The forecast of a range of months: the pipeline by month, owner and pipeline; beside it, per
/// month, owner and currency, the targets and the actual ERP order revenue; and how the sales
/// process performs (win rate, time per stage, deals whose close date slipped). Amounts are never
/// converted between currencies.
/// </summary>
/// <param name="Query">The range and filters the figures cover.</param>
/// <param name="Lines">Open, weighted and won amounts per month, owner, pipeline and currency.</param>
/// <param name="Periods">Weighted and won amounts beside targets and actual orders, per month, owner and currency.</param>
/// <param name="WinRates">Won and lost opportunities closed in the range, per owner; the first entry (owner null) is everyone's.</param>
/// <param name="StageTimes">How long opportunities stayed in each stage, over stage changes in the range.</param>
/// <param name="SlippedDeals">Opportunities whose close date lay in the range and was moved later.</param>
public sealed record SalesForecast(
    ForecastQuery Query,
    IReadOnlyList<ForecastLine> Lines,
    IReadOnlyList<ForecastPeriod> Periods,
    IReadOnlyList<WinRate> WinRates,
    IReadOnlyList<StageTime> StageTimes,
    IReadOnlyList<SlippedDeal> SlippedDeals);

/// <summary>One month, owner, pipeline and currency of the pipeline.</summary>
/// <param name="Month">Month of the expected close date (open) or of winning (won), <c>yyyy-MM</c>.</param>
/// <param name="Owner">Owner of the opportunities.</param>
/// <param name="Pipeline">Pipeline code.</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="OpenCount">Open opportunities expected to close in the month.</param>
/// <param name="OpenAmount">Their amounts.</param>
/// <param name="WeightedAmount">Their amounts × probability.</param>
/// <param name="WonCount">Opportunities won in the month.</param>
/// <param name="WonAmount">Their amounts.</param>
public sealed record ForecastLine(string Month, string Owner, string Pipeline, string Currency, int OpenCount, decimal OpenAmount, decimal WeightedAmount, int WonCount, decimal WonAmount);

/// <summary>Forecast beside target and reality for one month, owner and currency.</summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Owner">The rep; null for ERP orders of accounts without an owner.</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="WeightedAmount">Weighted open pipeline expected to close in the month.</param>
/// <param name="WonAmount">Won in the month.</param>
/// <param name="Target">The rep's sales target, if set.</param>
/// <param name="OrderRevenue">Actual ERP order revenue of the accounts the rep owns, ordered in the month; orders in a status the order matching excludes (<c>Crm:Sales:OrderMatching:ExcludedStatuses</c>, default Cancelled) are no revenue.</param>
/// <param name="OrderCount">Those ERP orders.</param>
public sealed record ForecastPeriod(string Month, string? Owner, string Currency, decimal WeightedAmount, decimal WonAmount, decimal? Target, decimal OrderRevenue, int OrderCount);

/// <summary>Opportunities won and lost in the range.</summary>
/// <param name="Owner">The owner, or null for everyone.</param>
/// <param name="Won">Won in the range.</param>
/// <param name="Lost">Lost in the range.</param>
/// <param name="Rate">Won ÷ (won + lost), or null when none closed.</param>
public sealed record WinRate(string? Owner, int Won, int Lost, decimal? Rate);

/// <summary>Average time in one stage, over the stays that ended in the range.</summary>
/// <param name="Pipeline">Pipeline code.</param>
/// <param name="Stage">Stage code.</param>
/// <param name="Stays">Stays in the stage that ended in the range.</param>
/// <param name="AverageDays">Average length of a stay in calendar days.</param>
public sealed record StageTime(string Pipeline, string Stage, int Stays, decimal AverageDays);

/// <summary>An opportunity whose close date was in the range and moved later.</summary>
/// <param name="OpportunityId">Its id.</param>
/// <param name="Number">Its number.</param>
/// <param name="Name">Its name.</param>
/// <param name="Owner">Its owner.</param>
/// <param name="Status">Open, Won or Lost.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="OriginalCloseDate">The close date before its first change.</param>
/// <param name="CurrentCloseDate">The close date now.</param>
/// <param name="TimesMovedLater">How often the date was moved later.</param>
public sealed record SlippedDeal(long OpportunityId, string Number, string Name, string Owner, string Status, decimal Amount, string Currency, DateOnly OriginalCloseDate, DateOnly CurrentCloseDate, int TimesMovedLater)
{
    /// <summary>Days between the original and the current close date.</summary>
    public int DaysSlipped => CurrentCloseDate.DayNumber - OriginalCloseDate.DayNumber;
}
