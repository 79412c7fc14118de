using Crm.Abstractions.Sales;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// Quintile scores and tiers (see <see cref="AccountSegment"/> and <see cref="AccountTier"/>). A
/// score is 1 + ⌊5 × b / n⌋ with b the values strictly worse than this one: tie-safe and
/// deterministic, where NTILE would split equal values across scores by chance.
/// </summary>
internal static class RfmScores
{
    /// <summary>The score of every value, higher values scoring higher.</summary>
    public static int[] Quintiles<T>(IReadOnlyList<T> values)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var scores = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var below = LowerBound(sorted, values[i]);
            scores[i] = 1 + (int)(5L * below / values.Count);
        }

        return scores;
    }

    public static AccountTier Tier(int recency, int frequency, int monetary)
    {
        var fm = (frequency + monetary) / 2.0;
        return (recency, fm) switch
        {
            ( >= 4, >= 4) => AccountTier.Champions,
            ( >= 3, >= 3) => AccountTier.Loyal,
            ( >= 4, _) when frequency == 1 => AccountTier.New,
            ( >= 3, _) => AccountTier.Potential,
            (_, >= 4) => AccountTier.CantLose,
            (_, >= 3) => AccountTier.AtRisk,
            (2, _) => AccountTier.Hibernating,
            _ => AccountTier.Lost,
        };
    }

    // The number of elements of the sorted array strictly less than value.
    private static int LowerBound<T>(T[] sorted, T value)
        where T : IComparable<T>
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].CompareTo(value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
