using ShellProgressBar;

namespace Crm.Scale.Progress;

/// <summary>Progress bars on a terminal: one overall bar with a child bar per table.</summary>
public sealed class BarProgress : IGenerationProgress
{
    private static readonly ProgressBarOptions ChildOptions = new() { ForegroundColor = ConsoleColor.Green, ProgressCharacter = '─', CollapseWhenFinished = false };

    private readonly ProgressBar _overall;

    public BarProgress() =>
        _overall = new ProgressBar(1, "Generating", new ProgressBarOptions { ForegroundColor = ConsoleColor.Cyan, ProgressCharacter = '─' });

    /// <summary>
    /// Whether bars can be drawn: output is a terminal at least 60 columns wide. ShellProgressBar
    /// throws on narrower (or zero-width, as under some terminal emulators) consoles.
    /// </summary>
    public static bool Fits()
    {
        if (Console.IsOutputRedirected)
        {
            return false;
        }

        try
        {
            return Console.WindowWidth >= 60;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Starting(IReadOnlyList<string> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _overall.MaxTicks = tables.Count;
    }

    public ITableProgress StartTable(string table, long expectedRows)
    {
        var ticks = (int)Math.Max(1, (expectedRows + TableProgressStep.Rows - 1) / TableProgressStep.Rows);
        return new TableBar(_overall, _overall.Spawn(ticks, table, ChildOptions), table);
    }

    public void Dispose() => _overall.Dispose();

    private sealed class TableBar(ProgressBar overall, ChildProgressBar bar, string table) : ITableProgress
    {
        private long _rows;

        public void Written(long rows)
        {
            _rows = rows;
            if (rows % TableProgressStep.Rows == 0)
            {
                bar.Tick($"{table}: {rows:N0} rows");
            }
        }

        public void Dispose()
        {
            // The expected count of a dependent table (timelines, stage visits) is an estimate: the
            // finished bar shows what was written, full.
            bar.MaxTicks = Math.Max(1, bar.CurrentTick);
            bar.Tick(bar.MaxTicks, $"{table}: {_rows:N0} rows");
            bar.Dispose();
            overall.Tick($"{table} done");
        }
    }
}
