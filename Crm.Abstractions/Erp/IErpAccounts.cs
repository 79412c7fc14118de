using Crm.Abstractions.Common;

namespace Crm.Abstractions.Erp;

/// <summary>
/// Read access to the ERP's customers, orders and invoices through the configured ERP mapping,
/// with the current user's permissions applied. Plugins use it to look at ERP facts.
/// </summary>
public interface IErpAccounts
{
    /// <summary>
    /// Finds accounts whose key starts with, or whose name, e-mail or phone contains,
    /// <paramref name="search"/> (case-insensitive where the database allows). Ordered by name.
    /// </summary>
    /// <exception cref="CrmValidationException">The search text is longer than 100 characters.</exception>
    Task<Page<ErpAccount>> SearchAsync(string? search, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Master data of one account.</summary>
    /// <exception cref="CrmNotFoundException">No account has <paramref name="accountKey"/>.</exception>
    Task<ErpAccount> GetAsync(string accountKey, CancellationToken cancellationToken = default);

    /// <summary>The finance overview of one account; each of its parts is read with one query.</summary>
    /// <exception cref="CrmNotFoundException">No account has <paramref name="accountKey"/>.</exception>
    Task<AccountOverview> GetOverviewAsync(string accountKey, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>A page of the account's orders, newest first.</summary>
    /// <exception cref="CrmNotFoundException">No account has <paramref name="accountKey"/>.</exception>
    Task<Page<ErpOrder>> GetOrdersAsync(string accountKey, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>A page of the account's invoices, newest first. Needs Finance, SalesManager or Admin.</summary>
    /// <exception cref="CrmNotFoundException">No account has <paramref name="accountKey"/>.</exception>
    /// <exception cref="CrmPermissionException">The user may not see invoices.</exception>
    Task<Page<ErpInvoice>> GetInvoicesAsync(string accountKey, PageRequest page, CancellationToken cancellationToken = default);
}
