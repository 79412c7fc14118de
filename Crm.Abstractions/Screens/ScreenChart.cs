namespace Crm.Abstractions.Screens;

/// <summary>A chart of one series from the screen's (or section's) data.</summary>
/// <param name="Id">Stable id, unique within the screen.</param>
/// <param name="LabelKey">Resource key of the chart's caption.</param>
/// <param name="Kind">Bar, line or a single number.</param>
/// <param name="DataPath">Path of the list that holds the points, e.g. <c>revenueByMonth</c>.</param>
/// <param name="CategoryPath">Path, within one point, of its category (x axis), e.g. <c>month</c>.</param>
/// <param name="ValuePath">Path, within one point, of its value (y axis), e.g. <c>revenue</c>.</param>
/// <param name="SeriesPath">Path, within one point, that splits points into series (e.g. <c>currency</c>); one series when null.</param>
public sealed record ScreenChart(
    string Id,
    string LabelKey,
    ChartKind Kind,
    string DataPath,
    string CategoryPath,
    string ValuePath,
    string? SeriesPath = null);
