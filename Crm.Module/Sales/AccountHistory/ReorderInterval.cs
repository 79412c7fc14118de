namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// An account's typical reorder interval: the median of the gaps, in days, between consecutive
/// distinct order days. Shared by the reorder history, the segments and the dormant-account rule,
/// so that "usually orders every n days" means the same everywhere.
/// </summary>
/// <remarks>
/// Same-day orders are one order day (a split delivery is not a reorder after 0 days). The median
/// and not the mean: one long pause or one rush reorder would pull a mean far from the account's
/// habit; with the mean, (last − first) / (orders − 1), a single year-long gap among monthly
/// orders doubles the "usual" interval.
/// </remarks>
internal static class ReorderInterval
{
    /// <summary>The typical interval of <paramref name="orderDays"/> (ascending, distinct); null with fewer than two days.</summary>
    public static double? TypicalDays(IReadOnlyList<DateOnly> orderDays)
    {
        ArgumentNullException.ThrowIfNull(orderDays);
        if (orderDays.Count < 2)
        {
            return null;
        }

        var gaps = new int[orderDays.Count - 1];
        for (var i = 1; i < orderDays.Count; i++)
        {
            gaps[i - 1] = orderDays[i].DayNumber - orderDays[i - 1].DayNumber;
        }

        Array.Sort(gaps);
        var middle = gaps.Length / 2;
        return gaps.Length % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2.0;
    }

    /// <summary>The day the next order is due: the last order day plus the typical interval, rounded half up.</summary>
    public static DateOnly? ExpectedNext(DateOnly? lastOrder, double? typicalDays) =>
        lastOrder is { } last && typicalDays is { } days
            ? last.AddDays((int)Math.Round(days, MidpointRounding.AwayFromZero))
            : null;
}
