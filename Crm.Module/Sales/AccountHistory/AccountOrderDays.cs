namespace Crm.Module.Sales.AccountHistory;

/// <summary>One account's order days (ascending), with the orders placed on each and its current owner.</summary>
internal sealed record AccountOrderDays(string AccountKey, string? Owner, IReadOnlyList<OrderDay> Days)
{
    public int Orders => Days.Sum(d => d.Orders);

    public DateOnly LastDay => Days[^1].Date;

    /// <summary>The order days on or after <paramref name="since"/>.</summary>
    public IReadOnlyList<DateOnly> DaysSince(DateOnly since) => [.. Days.Where(d => d.Date >= since).Select(d => d.Date)];

    /// <summary>Orders placed on or after <paramref name="since"/>.</summary>
    public int OrdersSince(DateOnly since) => Days.Where(d => d.Date >= since).Sum(d => d.Orders);
}

/// <summary>A day with at least one order.</summary>
internal readonly record struct OrderDay(DateOnly Date, int Orders);
