using Crm.Abstractions.Accounts;
using Crm.Abstractions.Erp;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Accounts;

// Rows as the database hands them back. Keys and dates are object because their CLR type depends
// on the provider and the ERP's column types; the To… methods make the public records.
internal sealed class AccountRow
{
    public object AccountKey { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public string? Currency { get; set; }

    /// <summary>The search's count beside each row of its scan (AccountSearchStatements.Scan); 0 elsewhere.</summary>
    public long Matches { get; set; }

    public ErpAccount ToAccount() => new(
        ErpKey.FromDatabase(AccountKey), Name.TrimEnd(), Email, Phone, Street, PostalCode, City, Country, Currency?.TrimEnd());
}

internal sealed class OrderRow
{
    public object OrderKey { get; set; } = string.Empty;

    public object OrderNumber { get; set; } = string.Empty;

    public object AccountKey { get; set; } = string.Empty;

    public object OrderDate { get; set; } = string.Empty;

    public string? Currency { get; set; }

    public decimal Total { get; set; }

    public string? Reference { get; set; }

    public string? Status { get; set; }

    public ErpOrder ToOrder() => new(
        ErpKey.FromDatabase(OrderKey), ErpKey.FromDatabase(OrderNumber), ErpKey.FromDatabase(AccountKey),
        DbValues.ToDate(OrderDate), Currency?.TrimEnd(), Total, Reference, Status);
}

internal sealed class InvoiceRow
{
    public object InvoiceKey { get; set; } = string.Empty;

    public object InvoiceNumber { get; set; } = string.Empty;

    public object AccountKey { get; set; } = string.Empty;

    public object? OrderKey { get; set; }

    public object InvoiceDate { get; set; } = string.Empty;

    public object DueDate { get; set; } = string.Empty;

    public string? Currency { get; set; }

    public decimal Total { get; set; }

    public decimal Paid { get; set; }

    public decimal OpenAmount { get; set; }

    public object? PaidOn { get; set; }

    public ErpInvoice ToInvoice(DateOnly today)
    {
        var due = DbValues.ToDate(DueDate);
        var overdue = OpenAmount > 0 && due < today;
        return new ErpInvoice(
            ErpKey.FromDatabase(InvoiceKey), ErpKey.FromDatabase(InvoiceNumber), ErpKey.FromDatabase(AccountKey),
            OrderKey is null or DBNull ? null : ErpKey.FromDatabase(OrderKey),
            DbValues.ToDate(InvoiceDate), due, Currency?.TrimEnd(), Total, Paid, OpenAmount,
            DbValues.ToNullableDate(PaidOn), overdue, overdue ? today.DayNumber - due.DayNumber : 0);
    }
}

internal sealed class OrderStatsRow
{
    public int OrderCount { get; set; }

    public object? FirstOrderDate { get; set; }

    public object? LastOrderDate { get; set; }
}

internal sealed class BalanceRow
{
    public string Currency { get; set; } = string.Empty;

    public decimal OpenBalance { get; set; }

    public decimal OverdueBalance { get; set; }

    public int OpenInvoiceCount { get; set; }

    public int OverdueInvoiceCount { get; set; }

    public AccountBalance ToBalance() => new(Currency.TrimEnd(), OpenBalance, OverdueBalance, OpenInvoiceCount, OverdueInvoiceCount);
}

internal sealed class RevenueRow
{
    public string Month { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public decimal Revenue { get; set; }

    public int InvoiceCount { get; set; }
}

internal sealed class AssignmentRow
{
    public string? OwnerUserName { get; set; }

    public int Version { get; set; }

    public object? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>The assignment of <paramref name="accountKey"/>; version 0 and no owner when the CRM has no row yet.</summary>
    public static AccountAssignment ToAssignment(string accountKey, AssignmentRow? row) =>
        row is null
            ? new AccountAssignment(accountKey, null, 0, null, null)
            : new AccountAssignment(accountKey, row.OwnerUserName, row.Version, DbValues.ToNullableUtc(row.UpdatedAt), row.UpdatedBy);
}
