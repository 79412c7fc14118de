using System.Globalization;
using System.Text;

namespace Host.Sample.Tests.Load;

/// <summary>
/// Count, throughput and latency percentiles per operation and in total, as a markdown table: the
/// load test prints it and writes it to a file, and docs/reliability.md quotes the long form's.
/// </summary>
internal sealed class LoadReport
{
    private readonly List<Row> _rows;

    private LoadReport(List<Row> rows) => _rows = rows;

    public static LoadReport From(IEnumerable<OperationLog> logs, TimeSpan elapsed)
    {
        var operations = logs.SelectMany(l => l.Operations.Values).GroupBy(o => o.Name, StringComparer.Ordinal).ToList();
        var rows = operations
            .Select(g => Row.Of(g.Key, g.First().IsWrite ? "write" : "read", g.SelectMany(o => o.Milliseconds), elapsed))
            .OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var kind in new[] { "read", "write" })
        {
            rows.Add(Row.Of($"all {kind}s", kind, operations.Where(g => g.First().IsWrite == (kind == "write")).SelectMany(g => g.SelectMany(o => o.Milliseconds)), elapsed));
        }

        rows.Add(Row.Of("total", string.Empty, operations.SelectMany(g => g.SelectMany(o => o.Milliseconds)), elapsed));
        return new LoadReport(rows);
    }

    public int TotalRequests => _rows[^1].Count;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | kind | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|");
        foreach (var row in _rows)
        {
            var name = row.Kind.Length == 0 || row.Name.StartsWith("all ", StringComparison.Ordinal) ? $"**{row.Name}**" : row.Name;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {row.Kind} | {row.Count} | {row.PerSecond:0.0} | {row.P50:0.0} | {row.P95:0.0} | {row.P99:0.0} | {row.Max:0.0} |"));
        }

        return text.ToString();
    }

    private sealed record Row(string Name, string Kind, int Count, double PerSecond, double P50, double P95, double P99, double Max)
    {
        public static Row Of(string name, string kind, IEnumerable<double> milliseconds, TimeSpan elapsed)
        {
            var sorted = milliseconds.Order().ToArray();
            return new Row(name, kind, sorted.Length, sorted.Length / elapsed.TotalSeconds, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Length == 0 ? 0 : sorted[^1]);
        }

        // Nearest rank: the smallest sample that at least the given share of samples do not exceed.
        private static double Percentile(double[] sorted, int percent) =>
            sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }
}
