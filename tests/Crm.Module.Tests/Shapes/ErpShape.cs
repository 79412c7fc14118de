using System.Data.Common;
using System.Globalization;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Shapes;

/// <summary>
/// An ERP table layout the add-on must read: how to fill a test database with it, which mapping
/// profile reads it, and an oracle that computes the overview's figures from the physical tables.
/// </summary>
internal abstract class ErpShape
{
    public abstract string Profile { get; }

    public abstract Task SeedAsync(TestDatabase database, DateOnly today);

    public abstract Task<IReadOnlyList<string>> CustomerKeysAsync(DbConnection connection);

    public abstract Task<ExpectedOverview> ExpectAsync(DbConnection connection, string accountKey, DateOnly today);

    public abstract IReadOnlyList<string> ErpTables { get; }

    protected static DateTime Midnight(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    protected static DateOnly FirstRevenueMonth(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-23);

    protected static DateOnly ToDate(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture)),
        _ => throw new InvalidCastException(value.GetType().Name),
    };

    protected static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    protected static decimal? Average(IEnumerable<int> days)
    {
        var list = days.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Average(), 1);
    }
}
