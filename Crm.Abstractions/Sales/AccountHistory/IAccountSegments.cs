using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>
/// RFM segments and profitability per account, computed from the ERP's orders on a schedule and
/// stored by the CRM. Readers: SalesRep, SalesManager, Finance, Admin; recomputing: Admin.
/// </summary>
public interface IAccountSegments
{
    /// <summary>Accounts per tier as of the last computation.</summary>
    /// <exception cref="CrmPermissionException">The user may not read segments.</exception>
    Task<SegmentSummary> SummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>The accounts of one tier (all when null), best scores first.</summary>
    /// <exception cref="CrmPermissionException">The user may not read segments.</exception>
    Task<Page<AccountSegment>> ListAsync(AccountTier? tier, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>One account's segment.</summary>
    /// <exception cref="CrmNotFoundException">No such account, or it has no segment (no order in the windows).</exception>
    /// <exception cref="CrmPermissionException">The user may not read segments.</exception>
    Task<AccountSegment> GetAsync(string accountKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Computes every account's segment now and replaces the stored ones in one transaction, so
    /// readers see the old set or the new one, never a mix. Idempotent.
    /// </summary>
    /// <exception cref="CrmPermissionException">The user is not an Admin.</exception>
    Task<SegmentRecompute> RecomputeAsync(CancellationToken cancellationToken = default);
}
