namespace ErpCrm.MedicalDevices.Consumables;

/// <summary>How often an account buys: the median gap between its order dates.</summary>
/// <remarks>The median, not the mean: one late or one rushed order must not move the expected date much.</remarks>
internal static class PurchaseRhythm
{
    /// <summary>The median number of days between consecutive dates of <paramref name="orderDates"/> (distinct, ascending; at least two).</summary>
    public static int TypicalIntervalDays(IReadOnlyList<DateOnly> orderDates)
    {
        ArgumentNullException.ThrowIfNull(orderDates);
        ArgumentOutOfRangeException.ThrowIfLessThan(orderDates.Count, 2);
        var gaps = orderDates.Zip(orderDates.Skip(1), (earlier, later) => later.DayNumber - earlier.DayNumber).Order().ToList();
        var middle = gaps.Count / 2;
        return gaps.Count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle] + 1) / 2;
    }
}
