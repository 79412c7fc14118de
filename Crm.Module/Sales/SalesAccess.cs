using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;

namespace Crm.Module.Sales;

/// <summary>
/// Who may see and work which sales records (leads, opportunities): a SalesRep the records they
/// own; a SalesManager their own, their teams' members' and unowned ones (to hand them out); an
/// Admin all. The services ask this before every read and write; queries filter by
/// <see cref="VisibleOwners"/> so that a page never holds someone else's record.
/// </summary>
internal sealed class SalesAccess(SalesOptions options, ICurrentUser user)
{
    /// <summary>Whether the user works sales records at all.</summary>
    public bool IsSalesUser => user.IsAuthenticated && user.IsInAnyRole(CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin);

    /// <summary>
    /// The owners whose records the user sees, or null for all owners (Admin, or a SalesManager
    /// where no teams are configured). Unowned records are visible where <see cref="SeesUnowned"/>.
    /// </summary>
    public IReadOnlyList<string>? VisibleOwners
    {
        get
        {
            if (user.IsInRole(CrmRoles.Admin) || (user.IsInRole(CrmRoles.SalesManager) && options.Teams.Count == 0))
            {
                return null;
            }

            var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { user.UserName };
            if (user.IsInRole(CrmRoles.SalesManager))
            {
                foreach (var team in options.Teams.Where(t => t.Managers.Contains(user.UserName, StringComparer.OrdinalIgnoreCase)))
                {
                    owners.UnionWith(team.Members);
                }
            }

            return [.. owners.Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Unowned records (a web-form lead nobody was assigned) are the managers' to hand out.</summary>
    public bool SeesUnowned => user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin);

    /// <summary>Whether the user may see and work a record owned by <paramref name="owner"/>.</summary>
    public bool MayWork(string? owner) =>
        IsSalesUser && (owner is null
            ? SeesUnowned
            : VisibleOwners is not { } owners || owners.Contains(owner, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the user may give records to <paramref name="owner"/>: reps only to themselves.</summary>
    public bool MayAssignTo(string owner) =>
        user.IsInAnyRole(CrmRoles.SalesManager, CrmRoles.Admin) ? MayWork(owner) : string.Equals(owner, user.UserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws unless the user works sales records.</summary>
    public void DemandSalesUser(string action) => user.Demand(action, CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin);

    /// <summary>Throws a permission error naming the record unless the user may work it.</summary>
    public void DemandWork(string? owner, string kind, string key)
    {
        DemandSalesUser(kind switch
        {
            "lead" => Messages.ActionWorkLeads,
            "opportunity" => Messages.ActionWorkOpportunities,
            _ => Messages.ActionWorkProspects,
        });
        if (!MayWork(owner))
        {
            throw new CrmPermissionException(owner is null
                ? string.Format(CultureInfo.CurrentCulture, Messages.RecordUnowned, kind, key)
                : string.Format(CultureInfo.CurrentCulture, Messages.RecordOfOtherRep, kind, key));
        }
    }
}
