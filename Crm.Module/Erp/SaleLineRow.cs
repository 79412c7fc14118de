using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Erp;

/// <summary>One order line as the engines return it: keys, dates and numbers in whatever type the ERP's columns have.</summary>
internal sealed class SaleLineRow
{
    public string AccountKey { get; set; } = string.Empty;

    public string? AccountName { get; set; }

    public string? AccountOwner { get; set; }

    public object OrderKey { get; set; } = string.Empty;

    public object? OrderNumber { get; set; }

    public object OrderDay { get; set; } = string.Empty;

    public object? LineNumber { get; set; }

    public string ProductKey { get; set; } = string.Empty;

    public string? Description { get; set; }

    public decimal? Quantity { get; set; }

    public decimal LineTotal { get; set; }

    public string? Currency { get; set; }

    public ErpSaleLine ToLine() => new(
        AccountKey,
        AccountName?.TrimEnd() ?? string.Empty,
        AccountOwner,
        ErpKey.FromDatabase(OrderKey),
        OrderNumber is null or DBNull ? null : ErpKey.FromDatabase(OrderNumber),
        DbValues.ToDate(OrderDay),
        LineNumber is null or DBNull ? null : Convert.ToInt32(LineNumber, CultureInfo.InvariantCulture),
        ProductKey,
        Description,
        Quantity,
        LineTotal,
        Currency?.TrimEnd());
}
