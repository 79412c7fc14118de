using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;

namespace Crm.Abstractions.Erp;

/// <summary>
/// Finance's view of one ERP customer: master data, order history, invoices, balances and revenue.
/// The invoice part (invoices, balances, revenue, payment behaviour) is only filled for users allowed
/// to see invoices; <see cref="InvoicesVisible"/> says whether it was.
/// </summary>
/// <param name="Account">Master data.</param>
/// <param name="Assignment">Who in sales owns the account, with the version needed to change it.</param>
/// <param name="AsOf">The date "today" for overdue figures.</param>
/// <param name="OrderCount">All orders of the account.</param>
/// <param name="FirstOrderDate">Date of the oldest order, if any.</param>
/// <param name="LastOrderDate">Date of the newest order, if any.</param>
/// <param name="Orders">The first page of orders, newest first.</param>
/// <param name="InvoicesVisible">False when the user may not see invoices; the invoice part is then empty.</param>
/// <param name="Invoices">The first page of invoices, newest first; null when not visible.</param>
/// <param name="Balances">Open and overdue balance per currency; empty when not visible.</param>
/// <param name="RevenueByMonth">Invoiced revenue per month and currency over the last 24 months, oldest first; empty when not visible.</param>
/// <param name="AverageDaysToPay">Average days from invoice date to payment over fully paid invoices, where the ERP records payment dates.</param>
public sealed record AccountOverview(
    ErpAccount Account,
    AccountAssignment Assignment,
    DateOnly AsOf,
    int OrderCount,
    DateOnly? FirstOrderDate,
    DateOnly? LastOrderDate,
    Page<ErpOrder> Orders,
    bool InvoicesVisible,
    Page<ErpInvoice>? Invoices,
    IReadOnlyList<AccountBalance> Balances,
    IReadOnlyList<MonthlyRevenue> RevenueByMonth,
    decimal? AverageDaysToPay);
