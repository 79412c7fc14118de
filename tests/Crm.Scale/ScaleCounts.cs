namespace Crm.Scale;

/// <summary>
/// The number of rows per table at a scale: the reference counts of issue 9 times the scale,
/// rounded, at least one. Tables not named here (order lines per order, timelines, stage history)
/// follow from these.
/// </summary>
public sealed record ScaleCounts(int Customers, int Orders, int OrderLines, int Invoices, int Activities, int Inquiries, int Opportunities, int Leads)
{
    /// <summary>The reference scale of issue 9, plus 100,000 leads.</summary>
    public static ScaleCounts Reference { get; } = new(100_000, 1_000_000, 3_000_000, 1_000_000, 300_000, 100_000, 50_000, 100_000);

    /// <summary>The counts at <paramref name="scale"/> (1.0 is <see cref="Reference"/>).</summary>
    public static ScaleCounts At(double scale)
    {
        if (!(scale > 0) || scale > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be above 0 and at most 50.");
        }

        var reference = Reference;
        return new ScaleCounts(
            Times(reference.Customers, scale),
            Times(reference.Orders, scale),
            Times(reference.OrderLines, scale),
            Times(reference.Invoices, scale),
            Times(reference.Activities, scale),
            Times(reference.Inquiries, scale),
            Times(reference.Opportunities, scale),
            Times(reference.Leads, scale));
    }

    private static int Times(int count, double scale) => (int)Math.Max(1, Math.Round(count * scale, MidpointRounding.AwayFromZero));
}
