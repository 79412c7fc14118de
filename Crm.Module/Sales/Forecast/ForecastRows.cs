namespace Crm.Module.Sales.Forecast;

// Rows of the forecast queries. Counts and sums are object: the engines return long, int, decimal
// or double depending on the aggregate, and Dapper would compile its reader for the first row's type.
internal sealed class PipelineRow
{
    public string Month { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public string Pipeline { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public object Count { get; set; } = 0L;

    public object Amount { get; set; } = 0m;

    public object Weighted { get; set; } = 0m;
}

internal sealed class TargetRow
{
    public string Owner { get; set; } = string.Empty;

    public string Month { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public object Amount { get; set; } = 0m;
}

internal sealed class OrderRevenueRow
{
    public string Month { get; set; } = string.Empty;

    public string? Owner { get; set; }

    public string? Currency { get; set; }

    public object Count { get; set; } = 0L;

    public object Revenue { get; set; } = 0m;
}

internal sealed class WinRateRow
{
    public string Owner { get; set; } = string.Empty;

    public object Won { get; set; } = 0L;

    public object Lost { get; set; } = 0L;
}

internal sealed class StageTimeRow
{
    public string Pipeline { get; set; } = string.Empty;

    public string Stage { get; set; } = string.Empty;

    public object Stays { get; set; } = 0L;

    public object AverageDays { get; set; } = 0m;
}

internal sealed class SlippedDealRow
{
    public long OpportunityId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public object Amount { get; set; } = 0m;

    public string Currency { get; set; } = string.Empty;

    public object OriginalCloseDate { get; set; } = string.Empty;

    public object CurrentCloseDate { get; set; } = string.Empty;

    public object TimesMovedLater { get; set; } = 0L;
}
