using ShellProgressBar;

namespace Crm.Scale.Progress;

/// <summary>Progress bars on a terminal: one overall bar with a child bar per table.</summary>
public sealed class BarProgress : IGenerationProgress
{
    private static readonly ProgressBarOptions ChildOptions = new() { ForegroundColor = ConsoleColor.Green, ProgressCharacter = '─', CollapseWhenFinished = false };

    private readonly ProgressBar _overall;

    /// <param name="tables">How many tables will be filled.</param>
    public BarProgress(int tables) =>
        _overall = new ProgressBar(tables, "Generating", new ProgressBarOptions { ForegroundColor = ConsoleColor.Cyan, ProgressCharacter = '─' });

    public ITableProgress StartTable(string table, long expectedRows)
    {
        var ticks = (int)Math.Max(1, (expectedRows + TableProgressStep.Rows - 1) / TableProgressStep.Rows);
        return new TableBar(_overall, _overall.Spawn(ticks, table, ChildOptions), table);
    }

    public void Dispose() => _overall.Dispose();

    private sealed class TableBar(ProgressBar overall, ChildProgressBar bar, string table) : ITableProgress
    {
        public void Written(long rows)
        {
            if (rows % TableProgressStep.Rows == 0)
            {
                bar.Tick($"{table}: {rows:N0} rows");
            }
        }

        public void Dispose()
        {
            bar.Dispose();
            overall.Tick($"{table} done");
        }
    }
}
