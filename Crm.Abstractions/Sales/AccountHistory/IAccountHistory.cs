using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>
/// Account history for repeat sales, from the ERP's orders. Readers: SalesRep, SalesManager,
/// Finance, Admin.
/// </summary>
public interface IAccountHistory
{
    /// <summary>The account's reorder history: orders, typical interval, expected next order, products bought.</summary>
    /// <exception cref="CrmNotFoundException">The ERP has no such account.</exception>
    /// <exception cref="CrmPermissionException">The user may not read account history.</exception>
    Task<ReorderHistory> GetAsync(string accountKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Accounts whose expected next order date lies more than <see cref="ReorderDueQuery.ToleranceDays"/>
    /// days in the past, most overdue first. Intervals are those of the last segment computation.
    /// </summary>
    /// <exception cref="CrmPermissionException">The user may not read account history.</exception>
    Task<Page<ReorderDue>> ReorderDueAsync(ReorderDueQuery query, PageRequest page, CancellationToken cancellationToken = default);
}
