namespace Crm.Scale;

/// <summary>The outcome of a generator run: every table's rows and time, and the whole run's time.</summary>
public sealed record ScaleReport(IReadOnlyList<TableResult> Tables, TimeSpan Schema, TimeSpan Finish, TimeSpan Total)
{
    /// <summary>The rows written into <paramref name="table"/>.</summary>
    public long RowsOf(string table) => Tables.Single(result => result.Table == table).Rows;
}
