using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// Collects each benchmark's median per engine and scale and shows how the cost grows with the data:
/// the growth exponent k in cost ∝ data^k between the smallest and the largest scale (0: the cost does
/// not depend on the data, 1: it grows as the data does, above 1: faster than the data).
/// </summary>
internal sealed class ScalingTable
{
    private readonly SortedDictionary<(string Engine, string Path, string Side), SortedDictionary<double, double>> _medians = [];

    public void Add(BenchmarkRun run, IEnumerable<Summary> summaries)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            if (report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var descriptor = report.BenchmarkCase.Descriptor;
            var path = descriptor.Categories.FirstOrDefault() ?? descriptor.Type.Name;
            if (report.BenchmarkCase.HasParameters)
            {
                path += " " + report.BenchmarkCase.Parameters.DisplayInfo;
            }

            var key = (BenchmarkRun.EngineName(run.Engine), path, descriptor.WorkloadMethodDisplayInfo.Trim('\''));
            if (!_medians.TryGetValue(key, out var byScale))
            {
                _medians[key] = byScale = [];
            }

            byScale[run.Scale.Scale] = statistics.Median;
        }
    }

    /// <summary>A GitHub markdown table, one row per engine, path and side; empty without two scales.</summary>
    public string Format()
    {
        var scales = _medians.Values.SelectMany(byScale => byScale.Keys).Distinct().Order().ToList();
        if (scales.Count < 2)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append("| engine | path | side |");
        foreach (var scale in scales)
        {
            text.Append(culture, $" {scale * 100:0.#} % |");
        }

        text.AppendLine(" cost × | data × | exponent |");
        text.Append("|---|---|---|").Append(string.Concat(Enumerable.Repeat("---:|", scales.Count))).AppendLine("---:|---:|---:|");
        foreach (var ((engine, path, side), byScale) in _medians)
        {
            text.Append(culture, $"| {engine} | {path} | {side} |");
            foreach (var scale in scales)
            {
                text.Append(byScale.TryGetValue(scale, out var nanoseconds) ? string.Create(culture, $" {Milliseconds(nanoseconds)} |") : " |");
            }

            var (first, last) = (byScale.First(), byScale.Last());
            var cost = last.Value / first.Value;
            var data = last.Key / first.Key;
            text.AppendLine(byScale.Count < 2
                ? " | | |"
                : string.Create(culture, $" {cost:0.0} | {data:0.0} | {Math.Log(cost) / Math.Log(data):0.00} |"));
        }

        return text.ToString();
    }

    /// <summary>The engines the table holds, for the results file's name.</summary>
    public IEnumerable<string> Engines => _medians.Keys.Select(key => key.Engine).Distinct();

    private static string Milliseconds(double nanoseconds) =>
        (nanoseconds / 1_000_000).ToString(nanoseconds < 10_000_000 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";
}
