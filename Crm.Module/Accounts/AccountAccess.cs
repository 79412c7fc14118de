using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using System.Data.Common;
using Crm.Module.Erp.Mapping;
using Dapper;

namespace Crm.Module.Accounts;

/// <summary>The checks every account operation starts with: who may read, and what a key from outside means.</summary>
internal static class AccountAccess
{
    public static void DemandRead(ICurrentUser user) =>
        user.Demand(Messages.ActionReadAccounts, CrmRoles.OrderClerk, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin);

    public static bool CanSeeInvoices(ICurrentUser user) =>
        user.IsInAnyRole(CrmRoles.Finance, CrmRoles.SalesManager, CrmRoles.Admin);

    /// <summary>
    /// The SQL parameter for the ERP's key column and the canonical text the CRM's own tables use.
    /// A key that cannot exist in the ERP (letters for a number key, too long for a fixed-length
    /// key, control characters that no ERP key holds and PostgreSQL refuses) is "not found", never a
    /// database error.
    /// </summary>
    public static (ErpKeyParameter Parameter, string Canonical) ParseKey(ErpViews views, string accountKey)
    {
        if (string.IsNullOrEmpty(accountKey) || accountKey.Length > 100 || accountKey.Any(char.IsControl))
        {
            throw new CrmNotFoundException("account", accountKey ?? string.Empty);
        }

        var parameter = views.CustomerKey.ToParameter(accountKey) ?? throw new CrmNotFoundException("account", accountKey);
        return (parameter, views.CustomerKey.Canonical(accountKey));
    }

    /// <summary>Throws <see cref="CrmNotFoundException"/> unless the ERP has the customer.</summary>
    public static async Task DemandExistsAsync(DbConnection connection, AccountSql sql, ErpKeyParameter key, string accountKey, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql.AccountExists, key.With(new { }), cancellationToken: cancellationToken)).ConfigureAwait(false) == 0)
        {
            throw new CrmNotFoundException("account", accountKey);
        }
    }
}
