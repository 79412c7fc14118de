using Crm.Abstractions.Sales;
using Crm.Module.Data;

namespace Crm.Module.Sales.Forecast;

// A row of crm_sales_targets; amount and timestamp as object because SQLite hands back long/double and text.
internal sealed class SalesTargetRow
{
    public const string Columns = "owner AS Owner, month AS Month, currency AS Currency, amount AS Amount, version AS Version, updated_at AS UpdatedAt, updated_by AS UpdatedBy";

    public string Owner { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public object Amount { get; set; } = 0m;

    public int Version { get; set; }

    public object UpdatedAt { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public SalesTarget ToTarget() => new(
        Owner,
        Month,
        Currency,
        Convert.ToDecimal(Amount, System.Globalization.CultureInfo.InvariantCulture),
        Version,
        DbValues.ToNullableUtc(UpdatedAt)!.Value,
        UpdatedBy);
}
