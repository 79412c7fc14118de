namespace Host.Sample.Erp.DemoData;

/// <summary>Small helpers over <see cref="Random"/> that keep the generators readable.</summary>
internal static class DemoRandom
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Value, int Weight)> items)
    {
        var roll = random.Next(items.Sum(item => item.Weight));
        foreach (var (value, weight) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    /// <summary>A factor between <paramref name="min"/> and <paramref name="max"/>, as a decimal so amounts stay exact.</summary>
    public static decimal Factor(this Random random, decimal min, decimal max) => min + ((max - min) * random.Next(1001) / 1000m);
}
