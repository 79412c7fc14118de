using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.AccountHistory;

// A row of crm_account_segments: written with these properties as parameters, read back with
// dates and numbers as the provider hands them (text on SQLite, long or double per row).
internal sealed class SegmentRow
{
    public string AccountKey { get; set; } = string.Empty;

    public string? Owner { get; set; }

    public object LastOrder { get; set; } = string.Empty;

    public int RecencyDays { get; set; }

    public int Frequency { get; set; }

    public decimal Monetary { get; set; }

    public string? Currency { get; set; }

    public int RecencyScore { get; set; }

    public int FrequencyScore { get; set; }

    public int MonetaryScore { get; set; }

    public string Tier { get; set; } = string.Empty;

    // SQLite hands back a REAL with no fraction as an integer.
    public object? TypicalIntervalDays { get; set; }

    public object? ExpectedNextOrder { get; set; }

    // Written as decimal; read as SQLite's REAL or NULL, whichever the first row holds.
    public object? ProfitRevenue { get; set; }

    public object? ProfitCost { get; set; }

    public object ComputedAt { get; set; } = string.Empty;

    public long Generation { get; set; }

    private double? Interval => TypicalIntervalDays is null or DBNull ? null : Convert.ToDouble(TypicalIntervalDays, System.Globalization.CultureInfo.InvariantCulture);

    public AccountSegment ToSegment() => new(
        AccountKey,
        Owner,
        DbValues.ToDate(LastOrder),
        RecencyDays,
        Frequency,
        Monetary,
        Currency,
        RecencyScore,
        FrequencyScore,
        MonetaryScore,
        Enum.Parse<AccountTier>(Tier),
        Interval,
        DbValues.ToNullableDate(ExpectedNextOrder),
        Profitability(),
        DbValues.ToNullableUtc(ComputedAt)!.Value);

    private AccountProfitability? Profitability()
    {
        if (ProfitRevenue is null or DBNull || ProfitCost is null or DBNull)
        {
            return null;
        }

        var revenue = Convert.ToDecimal(ProfitRevenue, System.Globalization.CultureInfo.InvariantCulture);
        var cost = Convert.ToDecimal(ProfitCost, System.Globalization.CultureInfo.InvariantCulture);
        var margin = revenue - cost;
        return new AccountProfitability(Currency, revenue, cost, margin, revenue == 0 ? null : Math.Round(margin * 100 / revenue, 2, MidpointRounding.AwayFromZero));
    }

    public ReorderDue ToReorderDue(DateOnly today)
    {
        var expected = DbValues.ToDate(ExpectedNextOrder!);
        return new ReorderDue(AccountKey, Owner, DbValues.ToDate(LastOrder), Interval!.Value, expected, today.DayNumber - expected.DayNumber, DbValues.ToNullableUtc(ComputedAt)!.Value);
    }
}
