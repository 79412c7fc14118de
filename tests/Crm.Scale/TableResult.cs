namespace Crm.Scale;

/// <summary>What the generator wrote into one table and how long it took.</summary>
public sealed record TableResult(string Table, long Rows, TimeSpan Elapsed)
{
    /// <summary>Rows written per second.</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows;
}
