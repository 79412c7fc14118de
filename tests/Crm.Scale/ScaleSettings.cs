namespace Crm.Scale;

/// <summary>
/// What to generate: a multiple of the reference scale, the seed of every random choice and the
/// day the data ends on. The same settings always give the same rows.
/// </summary>
/// <param name="Scale">1.0 is the reference scale (100,000 customers, 1,000,000 orders, ...).</param>
/// <param name="Seed">The seed every table's random choices derive from.</param>
/// <param name="Today">The last day of the history; activities and inquiries are spread around it.</param>
public sealed record ScaleSettings(double Scale, int Seed, DateOnly Today)
{
    /// <summary>The seed used unless another is asked for.</summary>
    public const int DefaultSeed = 20_261_124;

    /// <summary>The table counts at <see cref="Scale"/>.</summary>
    public ScaleCounts Counts => ScaleCounts.At(Scale);
}
