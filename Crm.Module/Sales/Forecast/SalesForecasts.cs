using System.Globalization;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Sales.Opportunities;
using Dapper;

namespace Crm.Module.Sales.Forecast;

/// <summary>
/// The forecast: seven grouped statements in one round trip (pipeline, won, targets, ERP orders,
/// win rates, stage times, slipped deals), merged here into the comparison per month, owner and currency.
/// </summary>
internal sealed class SalesForecasts(CrmDatabase database, ForecastSql sql, OrderMatchOptions matching, SalesAccess access, ICurrentUser user, TimeProvider clock) : ISalesForecasts
{
    private const int MaxMonths = 36;

    public async Task<SalesForecast> GetAsync(ForecastQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var owners = ForecastAccess.DemandRead(access, user);
        var (fromMonth, toMonth) = ForecastAccess.CheckMonths(query.FromMonth, query.ToMonth, MaxMonths, clock);
        var from = FirstDay(fromMonth);
        var until = FirstDay(toMonth).AddMonths(1);
        var parameters = new
        {
            from = DbValues.ToParameter(from),
            until = DbValues.ToParameter(until),
            fromMonth,
            toMonth,
            pipeline = query.Pipeline,
            owner = query.Owner,
            owners,
            excludedStatuses = matching.ExcludedStatuses.Select(s => s.ToUpperInvariant()).ToArray(),
        };
        var statements = sql.For(query.Pipeline is not null, query.Owner is not null, owners is not null);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(statements, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var open = (await results.ReadAsync<PipelineRow>().ConfigureAwait(false)).ToList();
        var won = (await results.ReadAsync<PipelineRow>().ConfigureAwait(false)).ToList();
        var targets = (await results.ReadAsync<TargetRow>().ConfigureAwait(false)).ToList();
        var orders = (await results.ReadAsync<OrderRevenueRow>().ConfigureAwait(false)).ToList();
        var winRates = (await results.ReadAsync<WinRateRow>().ConfigureAwait(false)).ToList();
        var stageTimes = (await results.ReadAsync<StageTimeRow>().ConfigureAwait(false)).ToList();
        var slipped = (await results.ReadAsync<SlippedDealRow>().ConfigureAwait(false)).ToList();

        var lines = Lines(open, won);
        return new SalesForecast(
            query with { FromMonth = fromMonth, ToMonth = toMonth },
            lines,
            Periods(lines, targets, orders),
            Rates(winRates),
            [.. stageTimes.Select(r => new StageTime(r.Pipeline, r.Stage, Whole(r.Stays), Days(r.AverageDays)))
                .OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Stage, StringComparer.Ordinal)],
            [.. slipped.Select(r => new SlippedDeal(
                r.OpportunityId, r.Number, r.Name, r.Owner, r.Status, Number(r.Amount), r.Currency,
                DbValues.ToDate(r.OriginalCloseDate), DbValues.ToDate(r.CurrentCloseDate), Whole(r.TimesMovedLater)))]);
    }

    private static List<ForecastLine> Lines(List<PipelineRow> open, List<PipelineRow> won)
    {
        var lines = new Dictionary<(string, string, string, string), ForecastLine>();
        foreach (var row in open)
        {
            lines[(row.Month, row.Owner, row.Pipeline, row.Currency)] = new ForecastLine(row.Month, row.Owner, row.Pipeline, row.Currency, Whole(row.Count), Number(row.Amount), Number(row.Weighted), 0, 0);
        }

        foreach (var row in won)
        {
            var key = (row.Month, row.Owner, row.Pipeline, row.Currency);
            var line = lines.GetValueOrDefault(key) ?? new ForecastLine(row.Month, row.Owner, row.Pipeline, row.Currency, 0, 0, 0, 0, 0);
            lines[key] = line with { WonCount = Whole(row.Count), WonAmount = Number(row.Amount) };
        }

        return [.. lines.Values.OrderBy(l => l.Month, StringComparer.Ordinal).ThenBy(l => l.Owner, StringComparer.Ordinal)
            .ThenBy(l => l.Pipeline, StringComparer.Ordinal).ThenBy(l => l.Currency, StringComparer.Ordinal)];
    }

    // Every month, owner and currency that has pipeline, a target or ERP orders gets one period.
    private static List<ForecastPeriod> Periods(List<ForecastLine> lines, List<TargetRow> targets, List<OrderRevenueRow> orders)
    {
        var periods = new Dictionary<(string Month, string? Owner, string Currency), ForecastPeriod>();
        ForecastPeriod At(string month, string? owner, string currency) =>
            periods.GetValueOrDefault((month, owner, currency)) ?? new ForecastPeriod(month, owner, currency, 0, 0, null, 0, 0);

        foreach (var line in lines)
        {
            var period = At(line.Month, line.Owner, line.Currency);
            periods[(line.Month, line.Owner, line.Currency)] = period with
            {
                WeightedAmount = period.WeightedAmount + line.WeightedAmount,
                WonAmount = period.WonAmount + line.WonAmount,
            };
        }

        foreach (var target in targets)
        {
            periods[(target.Month, target.Owner, target.Currency)] = At(target.Month, target.Owner, target.Currency) with { Target = Number(target.Amount) };
        }

        foreach (var order in orders)
        {
            var currency = order.Currency ?? string.Empty;
            periods[(order.Month, order.Owner, currency)] = At(order.Month, order.Owner, currency) with { OrderRevenue = Number(order.Revenue), OrderCount = Whole(order.Count) };
        }

        return [.. periods.Values.OrderBy(p => p.Month, StringComparer.Ordinal).ThenBy(p => p.Owner ?? "\uffff", StringComparer.Ordinal).ThenBy(p => p.Currency, StringComparer.Ordinal)];
    }

    private static List<WinRate> Rates(List<WinRateRow> rows)
    {
        static WinRate Rate(string? owner, int won, int lost) =>
            new(owner, won, lost, won + lost == 0 ? null : Math.Round((decimal)won / (won + lost), 4));

        var perOwner = rows.Select(r => Rate(r.Owner, Whole(r.Won), Whole(r.Lost))).OrderBy(r => r.Owner, StringComparer.Ordinal).ToList();
        return [Rate(null, perOwner.Sum(r => r.Won), perOwner.Sum(r => r.Lost)), .. perOwner];
    }

    private static DateOnly FirstDay(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Whole(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    // Rounded once, to two places: rounding SQLite's double to four places first could move a half.
    private static decimal Days(object value) => Math.Round(value is double d ? (decimal)d : Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2);

    // Four places on every engine, as SQLite's ROUND gives them: PostgreSQL's numeric division
    // carries sixteen (50.0000000000000000), which would reach the JSON as written.
    private static decimal Number(object value) =>
        Math.Round(value is double d ? (decimal)d : Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero);
}
