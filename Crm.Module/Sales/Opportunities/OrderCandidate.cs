using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Opportunities;

// An ERP order that may realize a won opportunity, read through the mapped orders view.
internal sealed class OrderCandidate
{
    public string OrderKey { get; set; } = string.Empty;

    public object OrderDate { get; set; } = string.Empty;

    public string? Currency { get; set; }

    public decimal Total { get; set; }

    public string? Reference { get; set; }

    public string? Status { get; set; }

    /// <summary>
    /// The best candidate for <paramref name="opportunity"/>, among orders whose status is not one of
    /// <c>ExcludedStatuses</c> (a cancelled order realizes nothing): an order whose reference quotes its number
    /// or reference (the closest to the won date); else an order in the same currency whose total lies
    /// within the tolerance and whose date lies in the window around the won date (the closest total,
    /// then the closest date). Null when none fits.
    /// </summary>
    public static (OrderCandidate Order, OrderMatchMethod Method)? Best(IEnumerable<OrderCandidate> candidates, Opportunity opportunity, DateOnly wonOn, OrderMatchOptions options)
    {
        var list = candidates.Where(c => !options.ExcludedStatuses.Contains(c.Status?.Trim() ?? string.Empty)).ToList();
        int Distance(OrderCandidate c) => Math.Abs(DbValues.ToDate(c.OrderDate).DayNumber - wonOn.DayNumber);

        var byReference = list
            .Where(c => c.Reference is { } reference
                && (reference.Contains(opportunity.Number, StringComparison.OrdinalIgnoreCase)
                    || (opportunity.Reference is { } own && reference.Contains(own, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(Distance)
            .ThenBy(c => c.OrderKey, StringComparer.Ordinal)
            .FirstOrDefault();
        if (byReference is not null)
        {
            return (byReference, OrderMatchMethod.Reference);
        }

        var tolerance = opportunity.Amount * options.AmountTolerancePercent / 100m;
        var byAmount = list
            .Where(c => string.Equals(c.Currency?.Trim(), opportunity.Currency, StringComparison.OrdinalIgnoreCase)
                && Math.Abs(c.Total - opportunity.Amount) <= tolerance
                && DbValues.ToDate(c.OrderDate) >= wonOn.AddDays(-options.DaysBefore)
                && DbValues.ToDate(c.OrderDate) <= wonOn.AddDays(options.DaysAfter))
            .OrderBy(c => Math.Abs(c.Total - opportunity.Amount))
            .ThenBy(Distance)
            .ThenBy(c => c.OrderKey, StringComparer.Ordinal)
            .FirstOrDefault();
        return byAmount is null ? null : (byAmount, OrderMatchMethod.AmountWindow);
    }
}
