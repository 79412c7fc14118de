using System.Globalization;

namespace Crm.Scale.Progress;

/// <summary>Plain lines for redirected output (CI logs, files): a line per tenth of each table.</summary>
public sealed class LogProgress(TextWriter output) : IGenerationProgress
{
    public void Starting(IReadOnlyList<string> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        output.WriteLine($"Filling {tables.Count} tables: {string.Join(", ", tables)}");
    }

    public ITableProgress StartTable(string table, long expectedRows)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table}: {expectedRows:N0} rows"));
        return new TableLog(output, table, Math.Max(TableProgressStep.Rows, expectedRows / 10 / TableProgressStep.Rows * TableProgressStep.Rows));
    }

    public void Dispose()
    {
    }

    private sealed class TableLog(TextWriter output, string table, long step) : ITableProgress
    {
        public void Written(long rows)
        {
            if (rows % step == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table}: {rows:N0}"));
            }
        }

        public void Dispose()
        {
        }
    }
}
