namespace Host.Sample.Erp.DemoData;

/// <summary>A product of the demo catalogue, with its list price and cost in EUR.</summary>
internal sealed record DemoProduct(string ProductNo, string Name, decimal Price, decimal Cost, ProductKind Kind)
{
    /// <param name="volume">The customer's size: a large hotel buys more beans than a small café.</param>
    public decimal NextQuantity(Random random, decimal volume) => Kind switch
    {
        ProductKind.Machine => random.Chance(0.9) ? 1m : 2m,
        ProductKind.Consumable => Math.Max(1m, Math.Round(random.Next(2, 21) * volume, MidpointRounding.AwayFromZero)),
        ProductKind.Accessory => random.Next(1, 7),
        ProductKind.Hours => random.Next(1, 13) * 0.5m,
        ProductKind.Single => 1m,
        _ => throw new InvalidOperationException($"Unknown product kind {Kind}."),
    };

    public ProductRow ToRow() => new(ProductNo, Name, Price, Cost);
}
