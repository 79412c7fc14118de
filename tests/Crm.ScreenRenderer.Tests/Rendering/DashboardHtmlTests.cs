using System.Globalization;
using System.Text;
using Crm.Abstractions.Screens;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class DashboardHtmlTests
{
    private static ScreenDefinition Forecast(ChartKind kind = ChartKind.Bar) => new(
        "t.forecast",
        ScreenKind.Dashboard,
        "forecast.title",
        "/api/crm/forecast?from={from}&to={to}",
        [
            new("range", "forecast.range",
            [
                new("from", "forecast.from", FieldType.Text, "query.fromMonth", Editable: true, Required: true),
                new("to", "forecast.to", FieldType.Text, "query.toMonth", Editable: true, Required: true),
            ]),
        ],
        [],
        Tiles:
        [
            new("won", "forecast.won", FieldType.Money, "periods.wonAmount"),
            new("deals", "forecast.deals", FieldType.Number, "periods.deals"),
        ],
        Charts: [new("wonByMonth", "forecast.wonByMonth", kind, "periods", "month", "wonAmount", SeriesPath: "currency")]);

    private const string Data = """
        {"query":{"fromMonth":"2026-01","toMonth":"2026-02"},
         "periods":[{"month":"2026-01","currency":"EUR","wonAmount":1000.25,"deals":2},
                    {"month":"2026-01","currency":"KRW","wonAmount":500000,"deals":1},
                    {"month":"2026-02","currency":"EUR","wonAmount":-200,"deals":3}]}
        """;

    private static readonly Dictionary<string, string> Range = new() { ["from"] = "2026-01", ["to"] = "2026-02" };

    [TestMethod]
    public void Tiles_sum_through_the_list_money_per_currency()
    {
        var tiles = Render(Page(Forecast(), Data, filters: Range), Context("de-DE")).All("li").ToList();

        // ICU versions differ in the space before the symbol (plain or no-break); the figures must not.
        CollectionAssert.AreEqual(new[] { "800,25 €", "500.000 ₩" }, tiles[0].All("span").Where(span => span.Attr("class") == "tile-value").Select(span => span.Value.Replace('\u00A0', ' ')).ToArray());
        Assert.AreEqual("6", tiles[1].All("span").Single(span => span.Attr("class") == "tile-value").Value);
    }

    [TestMethod]
    public void The_range_fields_are_a_filter_form_with_the_request_values()
    {
        var filter = Render(Page(Forecast(), Data, filters: Range)).All("form").Single(form => form.Attr("method") == "get");

        Assert.AreEqual("2026-01", filter.Named("from").Attr("value"));
        Assert.AreEqual("2026-02", filter.Named("to").Attr("value"));
        Assert.AreEqual("true", filter.Named("to").Attr("aria-required"));
    }

    [TestMethod]
    public void A_bar_chart_is_an_accessible_svg_with_a_bar_per_point_a_legend_and_a_hidden_table()
    {
        var figure = Render(Page(Forecast(), Data, filters: Range)).All("figure").Single();

        var svg = figure.Element(Svg + "svg")!;
        Assert.AreEqual("img", svg.Attr("role"));
        Assert.AreEqual("forecast.wonByMonth", svg.Element(Svg + "title")!.Value);
        StringAssert.Contains(svg.Element(Svg + "desc")!.Value, "2026-01", StringComparison.Ordinal);
        var series = svg.Descendants(Svg + "g").Where(g => g.Attr("class") == "chart-series").ToList();
        Assert.HasCount(2, series, "one series per currency");
        Assert.AreNotEqual(series[0].Attr("fill"), series[1].Attr("fill"));
        Assert.HasCount(2, series[0].Elements(Svg + "rect"));
        CollectionAssert.AreEqual(new[] { "EUR", "KRW" }, svg.Descendants(Svg + "g").Single(g => g.Attr("class") == "chart-legend").Elements(Svg + "text").Select(text => text.Value).ToArray());
        Assert.IsTrue(svg.Descendants(Svg + "text").Any(text => text.Value == "-€200.00"), "value labels in the user's culture, negative values included");
        var table = figure.Element("table")!;
        Assert.AreEqual("visually-hidden", table.Attr("class"));
        CollectionAssert.AreEqual(new[] { "2026-02", "-€200.00", "\u2014" }, table.Element("tbody")!.Elements("tr").Last().Elements().Select(cell => cell.Value).ToArray());
    }

    [TestMethod]
    public void A_negative_bar_hangs_below_the_zero_line()
    {
        var svg = Render(Page(Forecast(), Data, filters: Range)).All("figure").Single().Element(Svg + "svg")!;

        var zero = double.Parse(svg.Descendants(Svg + "line").Single(line => line.Attr("class") == "chart-zero").Attr("y1")!, CultureInfo.InvariantCulture);
        var negative = svg.Descendants(Svg + "rect").Single(rect => rect.Element(Svg + "title")?.Value == "2026-02 EUR: -€200.00");
        Assert.AreEqual(zero, double.Parse(negative.Attr("y")!, CultureInfo.InvariantCulture), 0.01);
    }

    [TestMethod]
    public void A_line_chart_draws_a_polyline_per_series_through_its_points()
    {
        var svg = Render(Page(Forecast(ChartKind.Line), Data, filters: Range)).All("figure").Single().Element(Svg + "svg")!;

        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.HasCount(2, lines);
        Assert.HasCount(2, lines[0].Attr("points")!.Split(' '), "EUR has two months");
        Assert.AreEqual("forecast.wonByMonth", svg.Element(Svg + "title")!.Value);
    }

    [TestMethod]
    public void A_number_chart_is_one_big_figure_per_series()
    {
        var svg = Render(Page(Forecast(ChartKind.Number), Data, filters: Range), Context("ko-KR")).All("figure").Single().Element(Svg + "svg")!;

        CollectionAssert.AreEqual(new[] { "€800.25", "₩500,000" }, svg.Descendants(Svg + "text").Where(text => text.Attr("class") == "chart-figure").Select(text => text.Value).ToArray());
        Assert.AreEqual("img", svg.Attr("role"));
    }

    [TestMethod]
    public void Without_points_the_chart_says_there_is_no_data()
    {
        var html = Render(Page(Forecast(), """{"periods":[]}""", filters: Range));

        var svg = html.All("figure").Single().Element(Svg + "svg")!;
        Assert.AreEqual("No data", svg.Element(Svg + "desc")!.Value);
        Assert.IsFalse(svg.Descendants(Svg + "rect").Any());
        Assert.AreEqual("\u2014", html.All("li").First().All("span").Single(span => span.Attr("class") == "empty").Value);
    }

    [TestMethod]
    public void A_single_point_and_twenty_four_points_both_draw_every_bar()
    {
        var one = Render(Page(Forecast(), """{"periods":[{"month":"2026-01","currency":"EUR","wonAmount":5}]}""", filters: Range));
        Assert.HasCount(1, one.All("figure").Single().Descendants(Svg + "rect").Where(rect => rect.Parent!.Attr("class") == "chart-series"));

        var months = new StringBuilder("""{"periods":[""");
        for (var month = 0; month < 24; month++)
        {
            months.Append(CultureInfo.InvariantCulture, $$"""{{(month == 0 ? "" : ",")}}{"month":"M{{month}}","currency":"EUR","wonAmount":{{(month * 10) - 50}}}""");
        }

        var many = Render(Page(Forecast(), months.Append("]}").ToString(), filters: Range)).All("figure").Single().Element(Svg + "svg")!;
        Assert.HasCount(24, many.Descendants(Svg + "rect").Where(rect => rect.Parent!.Attr("class") == "chart-series"));
        Assert.HasCount(12, many.Descendants(Svg + "g").Single(g => g.Attr("class") == "chart-axis").Elements(Svg + "text").Where(text => text.Attr("text-anchor") == "middle"), "every other month labelled so labels do not overlap");
    }
}
