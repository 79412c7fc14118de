using System.Globalization;
using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// A chart as inline SVG (no external assets, allowed by a strict content security policy): bars or
/// a line with axes, or one big figure. The same figures follow as a table only screen readers see.
/// </summary>
internal static class ChartSvg
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 80;
    private const double Right = 16;
    private const double Top = 36;
    private const double Bottom = 48;

    /// <summary>More labelled categories or value labels than this would overlap at the chart's width.</summary>
    private const int MaxLabels = 12;

    // Okabe–Ito: told apart with the common colour-vision deficiencies.
    private static readonly decimal[] NiceFactors = [1m, 2m, 5m, 10m];

    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    public static void Write(HtmlWriter html, ScreenChart chart, JsonElement? data, RenderScope scope)
    {
        var series = ChartSeries.Read(chart, data);
        var id = "chart-" + chart.Id;
        var label = scope.Label(chart.LabelKey);
        html.Open("figure", ("class", KindClass(chart.Kind)), ("aria-labelledby", id + "-caption"));
        html.Element("figcaption", label, ("id", id + "-caption"));
        var height = chart.Kind == ChartKind.Number ? 40 + (56 * Math.Max(series.Series.Count, 1)) : Height;
        html.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("role", "img"),
            ("aria-labelledby", id + "-title " + id + "-desc"), ("class", "chart-svg"));
        html.Element("title", label, ("id", id + "-title"));
        html.Element("desc", Description(series, scope), ("id", id + "-desc"));
        if (series.Categories.Count == 0)
        {
            html.Element("text", scope.Text("NoData"), ("x", N(Width / 2)), ("y", N(height / 2)), ("text-anchor", "middle"), ("class", "chart-empty"));
        }
        else if (chart.Kind == ChartKind.Number)
        {
            Figures(html, series, scope);
        }
        else
        {
            Plot(html, series, scope);
        }

        html.Close("svg");
        Table(html, series, label, scope);
        html.Close("figure");
    }

    private static void Figures(HtmlWriter html, ChartSeries series, RenderScope scope)
    {
        for (var index = 0; index < series.Series.Count; index++)
        {
            var name = series.Series[index];
            html.Element("text", series.Format(series.Total(name), name, scope),
                ("x", N(Width / 2)), ("y", N(76 + (56 * index))), ("text-anchor", "middle"), ("class", "chart-figure"));
        }
    }

    private static void Plot(HtmlWriter html, ChartSeries series, RenderScope scope)
    {
        var scale = Scale.For(series.Values);
        var plotWidth = Width - Left - Right;
        var band = plotWidth / series.Categories.Count;
        var showValues = series.Categories.Count * series.Series.Count <= MaxLabels;

        html.Open("g", ("class", "chart-axis"));
        foreach (var tick in scale.Ticks())
        {
            var y = N(scale.Y(tick));
            html.Void("line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", y), ("y2", y), ("class", tick == 0 ? "chart-zero" : "chart-grid"));
            html.Element("text", ValueFormatter.Number(tick, scope.Culture), ("x", N(Left - 6)), ("y", y), ("text-anchor", "end"), ("dominant-baseline", "middle"));
        }

        // Label every n-th category so that the labels, at about 7 units a character, do not overlap.
        var labelWidth = (series.Categories.Max(category => category.Length) * 7.0) + 8;
        var every = Math.Max((int)Math.Ceiling(labelWidth / band), (int)Math.Ceiling(series.Categories.Count / (double)MaxLabels));
        for (var index = 0; index < series.Categories.Count; index += every)
        {
            html.Element("text", series.Categories[index], ("x", N(Left + (band * (index + 0.5)))), ("y", N(Height - Bottom + 18)), ("text-anchor", "middle"));
        }

        html.Close("g");
        for (var index = 0; index < series.Series.Count; index++)
        {
            if (series.Chart.Kind == ChartKind.Line)
            {
                Line(html, series, index, scale, band, showValues, scope);
            }
            else
            {
                Bars(html, series, index, scale, band, showValues, scope);
            }
        }

        Legend(html, series);
    }

    private static void Bars(HtmlWriter html, ChartSeries series, int seriesIndex, Scale scale, double band, bool showValues, RenderScope scope)
    {
        var name = series.Series[seriesIndex];
        var barWidth = band * 0.8 / series.Series.Count;
        html.Open("g", ("fill", Colour(seriesIndex)), ("class", "chart-series"));
        for (var index = 0; index < series.Categories.Count; index++)
        {
            if (series.Value(name, series.Categories[index]) is not { } value)
            {
                continue;
            }

            var x = Left + (band * index) + (band * 0.1) + (barWidth * seriesIndex);
            var top = scale.Y(Math.Max(value, 0));
            var bottom = scale.Y(Math.Min(value, 0));
            var text = series.Format(value, name, scope);
            html.Open("rect", ("x", N(x)), ("y", N(top)), ("width", N(Math.Max(barWidth - 2, 1))), ("height", N(Math.Max(bottom - top, 1))));
            html.Element("title", Point(series, index, name, text)).Close("rect");
            if (showValues)
            {
                var y = value < 0 ? bottom + 12 : top - 4;
                html.Element("text", text, ("x", N(x + (barWidth / 2))), ("y", N(y)), ("text-anchor", "middle"), ("class", "chart-value"));
            }
        }

        html.Close("g");
    }

    private static void Line(HtmlWriter html, ChartSeries series, int seriesIndex, Scale scale, double band, bool showValues, RenderScope scope)
    {
        var name = series.Series[seriesIndex];
        var points = series.Categories
            .Select((category, index) => (Index: index, Value: series.Value(name, category)))
            .Where(point => point.Value is not null)
            .Select(point => (X: Left + (band * (point.Index + 0.5)), Y: scale.Y(point.Value!.Value), point.Index, Value: point.Value!.Value))
            .ToList();
        html.Open("g", ("class", "chart-series"));
        html.Void("polyline", ("points", string.Join(' ', points.Select(point => N(point.X) + "," + N(point.Y)))),
            ("fill", "none"), ("stroke", Colour(seriesIndex)), ("stroke-width", "2"));
        foreach (var point in points)
        {
            var text = series.Format(point.Value, name, scope);
            html.Open("circle", ("cx", N(point.X)), ("cy", N(point.Y)), ("r", "3.5"), ("fill", Colour(seriesIndex)));
            html.Element("title", Point(series, point.Index, name, text)).Close("circle");
            if (showValues)
            {
                html.Element("text", text, ("x", N(point.X)), ("y", N(point.Y - 8)), ("text-anchor", "middle"), ("class", "chart-value"));
            }
        }

        html.Close("g");
    }

    private static void Legend(HtmlWriter html, ChartSeries series)
    {
        if (series.Chart.SeriesPath is null)
        {
            return;
        }

        html.Open("g", ("class", "chart-legend"));
        for (var index = 0; index < series.Series.Count; index++)
        {
            var x = Left + (index * 96);
            html.Void("rect", ("x", N(x)), ("y", "8"), ("width", "12"), ("height", "12"), ("fill", Colour(index)));
            html.Element("text", series.Series[index], ("x", N(x + 18)), ("y", "18"));
        }

        html.Close("g");
    }

    /// <summary>The chart's figures for screen readers: a row per category, a column per series.</summary>
    private static void Table(HtmlWriter html, ChartSeries series, string label, RenderScope scope)
    {
        html.Open("table", ("class", "visually-hidden")).Element("caption", label);
        html.Open("thead").Open("tr").Element("th", scope.Text("Category"), ("scope", "col"));
        foreach (var name in series.Series)
        {
            html.Element("th", name.Length == 0 ? scope.Text("Value") : name, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        if (series.Categories.Count == 0)
        {
            html.Open("tr").Element("td", scope.Text("NoData")).Close("tr");
        }

        foreach (var category in series.Categories)
        {
            html.Open("tr").Element("th", category, ("scope", "row"));
            foreach (var name in series.Series)
            {
                html.Element("td", series.Value(name, category) is { } value ? series.Format(value, name, scope) : "\u2014");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static string Description(ChartSeries series, RenderScope scope) =>
        series.Categories.Count == 0
            ? scope.Text("NoData")
            : scope.Text("ChartSummary", series.Categories.Count, series.Categories[0], series.Categories[^1])
                + (series.Chart.SeriesPath is null ? string.Empty : " " + string.Join(", ", series.Series));

    private static string Point(ChartSeries series, int categoryIndex, string name, string text) =>
        series.Categories[categoryIndex] + (name.Length == 0 ? string.Empty : " " + name) + ": " + text;

    private static string KindClass(ChartKind kind) => kind switch
    {
        ChartKind.Line => "chart chart-line",
        ChartKind.Number => "chart chart-number",
        _ => "chart chart-bar",
    };

    private static string Colour(int index) => Colours[index % Colours.Length];

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The value axis: from the lowest to the highest value, zero always inside, in round steps.</summary>
    private sealed record Scale(decimal Low, decimal High, decimal Step)
    {
        public static Scale For(IEnumerable<decimal> values)
        {
            var list = values.ToList();
            var low = Math.Min(0, list.Min());
            var high = Math.Max(0, list.Max());
            var step = NiceStep(high == low ? 1 : (high - low) / 4);
            var bottom = Math.Floor(low / step) * step;
            var top = Math.Ceiling(high / step) * step;
            return new Scale(bottom, top == bottom ? top + step : top, step);
        }

        public double Y(decimal value) => Top + ((double)(High - value) / (double)(High - Low) * (Height - Top - Bottom));

        public IEnumerable<decimal> Ticks()
        {
            for (var tick = Low; tick <= High; tick += Step)
            {
                yield return tick;
            }
        }

        /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
        private static decimal NiceStep(decimal rough)
        {
            var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
            return NiceFactors.Select(factor => factor * power).First(step => step >= rough);
        }
    }
}
