using System.Globalization;
using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Abstractions.Sales;
using Crm.Benchmarks.Setup;
using Crm.Module.Data;
using Crm.Module.Sales.Forecast;
using Crm.Module.Sales.Opportunities;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// The sales forecast over the default six months (two back, three ahead) for every owner and
/// pipeline: open and won pipeline, targets, ERP order revenue, win rates, stage times, slipped deals.
/// </summary>
[BenchmarkCategory("Forecast")]
public class ForecastBenchmark : AddOnBenchmark
{
    private ISalesForecasts _forecasts = null!;
    private ForecastQuery _query = null!;
    private string _statements = string.Empty;
    private Dictionary<string, object?> _parameters = [];

    [Benchmark(Description = "add-on")]
    public Task<SalesForecast> AddOnAsync() => _forecasts.GetAsync(_query);

    [Benchmark(Baseline = true, Description = "raw ADO.NET")]
    public Task<List<object[]>> RawAsync() => ReadRawAsync(_statements, _parameters);

    protected override Task PrepareAsync()
    {
        _forecasts = AddOn.Container.Resolve<ISalesForecasts>();
        var thisMonth = new DateOnly(AddOn.Today.Year, AddOn.Today.Month, 1);
        var from = thisMonth.AddMonths(-2);
        var to = thisMonth.AddMonths(3);
        _query = new ForecastQuery(Month(from), Month(to));
        _parameters = new Dictionary<string, object?>
        {
            ["from"] = DbValues.ToParameter(from),
            ["until"] = DbValues.ToParameter(to.AddMonths(1)),
            ["fromMonth"] = _query.FromMonth,
            ["toMonth"] = _query.ToMonth,
        };

        // An administrator sees every owner; no pipeline or owner is chosen.
        var statements = AddOn.Container.Resolve<ForecastSql>().For(byPipeline: false, byOwner: false, byVisibleOwners: false);
        string[] excluded = [.. AddOn.Container.Resolve<OrderMatchOptions>().ExcludedStatuses.Select(s => s.ToUpperInvariant())];
        _statements = RawCommand.ExpandList(AddOn.Database.Engine, statements, "excludedStatuses", excluded, _parameters);
        return Task.CompletedTask;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
