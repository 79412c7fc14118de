namespace Crm.Abstractions.Sales;

/// <summary>Sales forecasts. Finance and admins read everyone's; a SalesManager their teams'; a SalesRep their own.</summary>
public interface ISalesForecasts
{
    /// <summary>The forecast of <paramref name="query"/>'s months, computed in a handful of grouped queries (never one per opportunity).</summary>
    /// <exception cref="Common.CrmValidationException">A month is invalid or the range too long (fields <c>from</c>, <c>to</c>).</exception>
    Task<SalesForecast> GetAsync(ForecastQuery query, CancellationToken cancellationToken = default);
}
