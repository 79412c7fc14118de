namespace Crm.Module.Tests.Shapes;

/// <summary>An account's figures as computed straight from the ERP's physical tables, without the add-on.</summary>
internal sealed record ExpectedOverview(
    int OrderCount,
    DateOnly? LastOrderDate,
    IReadOnlyDictionary<string, decimal> OrderTotalsByNumber,
    int InvoiceCount,
    IReadOnlyDictionary<string, (decimal Open, decimal Overdue)> BalancesByCurrency,
    IReadOnlyDictionary<(string Month, string Currency), decimal> RevenueByMonth,
    decimal? AverageDaysToPay);
