using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>A chart's points grouped into categories (in order of appearance) and series (one per <see cref="ScreenChart.SeriesPath"/> value).</summary>
internal sealed class ChartSeries
{
    private readonly Dictionary<(string Series, string Category), decimal> _values = [];

    private ChartSeries(ScreenChart chart) => Chart = chart;

    public ScreenChart Chart { get; }

    public List<string> Categories { get; } = [];

    public List<string> Series { get; } = [];

    /// <summary>True when the series are currencies, so values are amounts of them.</summary>
    public bool IsMoney => Chart.SeriesPath is { } path && JsonPath.LastSegment(path) == "currency";

    public static ChartSeries Read(ScreenChart chart, JsonElement? data)
    {
        var series = new ChartSeries(chart);
        foreach (var point in JsonPath.Rows(data, chart.DataPath))
        {
            if (JsonPath.Find(point, chart.ValuePath) is not { } value || !value.TryGetDecimal(out var number))
            {
                continue;
            }

            var category = Text(JsonPath.Find(point, chart.CategoryPath));
            var name = chart.SeriesPath is null ? string.Empty : Text(JsonPath.Find(point, chart.SeriesPath));
            AddOnce(series.Categories, category);
            AddOnce(series.Series, name);
            series._values[(name, category)] = series._values.GetValueOrDefault((name, category)) + number;
        }

        return series;
    }

    public decimal? Value(string series, string category) => _values.TryGetValue((series, category), out var value) ? value : null;

    public IEnumerable<decimal> Values => _values.Values;

    /// <summary>The sum of one series' values.</summary>
    public decimal Total(string series) => _values.Where(pair => pair.Key.Series == series).Sum(pair => pair.Value);

    public string Format(decimal value, string series, RenderScope scope) =>
        IsMoney && series.Length > 0 ? MoneyFormat.Format(value, series, scope.Culture) : ValueFormatter.Number(value, scope.Culture);

    private static string Text(JsonElement? value) => value switch
    {
        null => string.Empty,
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { } other => other.GetRawText(),
    };

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
