namespace Crm.Scale.Progress;

/// <summary>Shows how far the generator has come, table by table.</summary>
public interface IGenerationProgress : IDisposable
{
    /// <summary>Called once before the first table with the tables to fill, in order.</summary>
    void Starting(IReadOnlyList<string> tables);

    /// <summary>A table starts; <paramref name="expectedRows"/> is its count at the chosen scale.</summary>
    ITableProgress StartTable(string table, long expectedRows);
}

/// <summary>The progress of one table.</summary>
public interface ITableProgress : IDisposable
{
    /// <summary>Called after every row with the rows written so far; implementations show only every <see cref="TableProgressStep.Rows"/>th.</summary>
    void Written(long rows);
}

/// <summary>How often progress is shown.</summary>
public static class TableProgressStep
{
    /// <summary>One tick per 10,000 rows.</summary>
    public const long Rows = 10_000;
}
