using Crm.Abstractions.Security;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>Who reads account history and segments (sales and finance), and who recomputes them (Admin).</summary>
internal static class AccountHistoryAccess
{
    public static void DemandRead(ICurrentUser user, string action) =>
        user.Demand(action, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin);

    public static void DemandRecompute(ICurrentUser user) => user.Demand(Messages.ActionRecomputeAccountSegments, CrmRoles.Admin);
}
