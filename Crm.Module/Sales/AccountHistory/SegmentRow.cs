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

    public double? TypicalIntervalDays { get; set; }

    public object? ExpectedNextOrder { get; set; }

    public decimal? ProfitRevenue { get; set; }

    public decimal? ProfitCost { get; set; }

    public object ComputedAt { get; set; } = string.Empty;

    public long Generation { get; set; }

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
        TypicalIntervalDays,
        DbValues.ToNullableDate(ExpectedNextOrder),
        ProfitRevenue is { } revenue && ProfitCost is { } cost
            ? new AccountProfitability(Currency, revenue, cost, revenue - cost, revenue == 0 ? null : Math.Round((revenue - cost) * 100 / revenue, 2, MidpointRounding.AwayFromZero))
            : null,
        DbValues.ToNullableUtc(ComputedAt)!.Value);

    public ReorderDue ToReorderDue(DateOnly today)
    {
        var expected = DbValues.ToDate(ExpectedNextOrder!);
        return new ReorderDue(AccountKey, Owner, DbValues.ToDate(LastOrder), TypicalIntervalDays!.Value, expected, today.DayNumber - expected.DayNumber, DbValues.ToNullableUtc(ComputedAt)!.Value);
    }
}
