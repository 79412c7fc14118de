using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Validation;

namespace Crm.Module.Sales.Forecast;

/// <summary>Who reads forecasts and targets, and the month ranges they ask for.</summary>
internal static class ForecastAccess
{
    /// <summary>
    /// Finance and Admin read every owner's figures; a SalesManager their teams'; a SalesRep their
    /// own. Returns the owners to filter by, or null for all.
    /// </summary>
    public static IReadOnlyList<string>? DemandRead(SalesAccess access, ICurrentUser user)
    {
        user.Demand(Messages.ActionReadForecasts, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin);
        return user.IsInAnyRole(CrmRoles.Finance, CrmRoles.Admin) ? null : access.VisibleOwners;
    }

    /// <summary>
    /// Checks a <c>yyyy-MM</c> range, first month not after the last, at most <paramref name="maxMonths"/>
    /// long. Asked without a range (a screen opened fresh), it covers the two months behind and the
    /// three ahead: what was just won beside what is coming.
    /// </summary>
    public static (string From, string To) CheckMonths(string? fromMonth, string? toMonth, int maxMonths, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(fromMonth) && string.IsNullOrWhiteSpace(toMonth))
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            fromMonth = thisMonth.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            toMonth = thisMonth.AddMonths(3).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        var errors = new FieldErrors();
        var from = errors.Month("from", fromMonth, required: true);
        var to = errors.Month("to", toMonth, required: true);
        errors.ThrowIfAny();
        var span = MonthsBetween(from!, to!);
        if (span < 0)
        {
            throw new CrmValidationException("to", Messages.ToBeforeFrom);
        }

        return span < maxMonths
            ? (from!, to!)
            : throw new CrmValidationException("to", string.Format(CultureInfo.CurrentCulture, Messages.RangeTooLong, maxMonths));
    }

    private static int MonthsBetween(string from, string to)
    {
        var start = DateOnly.ParseExact(from + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(to + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ((end.Year - start.Year) * 12) + end.Month - start.Month;
    }
}
