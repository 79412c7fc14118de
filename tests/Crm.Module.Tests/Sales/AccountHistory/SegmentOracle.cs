using Crm.Abstractions.Sales;

namespace Crm.Module.Tests.Sales.AccountHistory;

/// <summary>
/// The segment definitions computed again in plain C# over the raw ERP rows, independently of the
/// add-on's SQL: population, recency, frequency, main currency, monetary, quintile scores, tiers,
/// typical interval (median of gaps between distinct order days) and profitability.
/// </summary>
internal static class SegmentOracle
{
    public sealed record Expected(
        string Account, DateOnly LastOrder, int RecencyDays, int Frequency, string? Currency, decimal Monetary,
        int R, int F, int M, AccountTier Tier, double? Interval, DateOnly? Next, decimal? ProfitRevenue, decimal? ProfitCost);

    public static IReadOnlyDictionary<string, Expected> Compute(IReadOnlyList<RawOrder> orders, DateOnly today, int windowDays = 365, int lookBackDays = 730)
    {
        var windowStart = today.AddDays(-windowDays);
        var lookBackStart = today.AddDays(-lookBackDays);
        var populationStart = windowStart < lookBackStart ? windowStart : lookBackStart;
        var accounts = orders.Where(o => o.Date >= populationStart).GroupBy(o => o.Customer).Select(g =>
        {
            var all = g.ToList();
            var window = all.Where(o => o.Date >= windowStart).ToList();
            var main = window.GroupBy(o => o.Currency).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
            var last = all.Max(o => o.Date);
            var days = all.Where(o => o.Date >= lookBackStart).Select(o => o.Date).Distinct().Order().ToList();
            var gaps = days.Zip(days.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Order().ToList();
            double? interval = gaps.Count == 0 ? null : gaps.Count % 2 == 1 ? gaps[gaps.Count / 2] : (gaps[(gaps.Count / 2) - 1] + gaps[gaps.Count / 2]) / 2.0;
            return new
            {
                Account = g.Key,
                Last = last,
                Recency = today.DayNumber - last.DayNumber,
                Frequency = window.Count,
                Currency = main?.Key,
                Monetary = main?.Sum(o => o.Total) ?? 0m,
                Cost = main?.Sum(o => o.Cost),
                Interval = interval,
                Next = interval is { } i ? last.AddDays((int)Math.Floor(i + 0.5)) : (DateOnly?)null,
            };
        }).ToList();

        var result = new Dictionary<string, Expected>();
        foreach (var a in accounts)
        {
            var sameCurrency = accounts.Where(b => b.Currency == a.Currency).ToList();
            var r = Score(accounts.Count(b => b.Recency > a.Recency), accounts.Count);
            var f = Score(accounts.Count(b => b.Frequency < a.Frequency), accounts.Count);
            var m = Score(sameCurrency.Count(b => b.Monetary < a.Monetary), sameCurrency.Count);
            result[a.Account] = new Expected(
                a.Account, a.Last, a.Recency, a.Frequency, a.Currency, a.Monetary, r, f, m, Tier(r, f, m), a.Interval, a.Next,
                a.Currency is null ? null : a.Monetary, a.Cost);
        }

        return result;
    }

    private static int Score(int worse, int count) => 1 + (5 * worse / count);

    // The published mapping, written out as a table rather than as the product's pattern match.
    private static AccountTier Tier(int r, int f, int m)
    {
        var fm = (f + m) / 2.0;
        if (r >= 4 && fm >= 4)
        {
            return AccountTier.Champions;
        }

        if (r >= 3 && fm >= 3)
        {
            return AccountTier.Loyal;
        }

        if (r >= 4 && f == 1)
        {
            return AccountTier.New;
        }

        if (r >= 3)
        {
            return AccountTier.Potential;
        }

        return fm >= 4 ? AccountTier.CantLose : fm >= 3 ? AccountTier.AtRisk : r == 2 ? AccountTier.Hibernating : AccountTier.Lost;
    }
}
