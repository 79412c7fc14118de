using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>
/// Working opportunities. A SalesRep works their own, a SalesManager those of their teams' members,
/// an Admin all; every change is checked against the version the caller read. Finance and order
/// clerks do not read single opportunities: a deal in progress is the sales team's working data,
/// and Finance sees the pipeline through the forecast's aggregates.
/// </summary>
public interface IOpportunityService
{
    /// <summary>
    /// Creates an opportunity in its pipeline's first (or the given) stage. When other owners have
    /// open opportunities on the same account, it is still created and they are returned as warnings.
    /// When the ERP account has no owner yet, the account gets the opportunity's owner in the same
    /// transaction (an owner already set, or set by someone else meanwhile, is kept; the account's
    /// <c>updated_by</c> is the creating user).
    /// </summary>
    /// <exception cref="CrmValidationException">A field is missing or wrong (named in the errors).</exception>
    /// <exception cref="CrmNotFoundException">The ERP account does not exist.</exception>
    /// <exception cref="CrmPermissionException">The user may not create opportunities for that owner.</exception>
    Task<OpportunityCreated> CreateAsync(CreateOpportunity request, CancellationToken cancellationToken = default);

    /// <summary>One opportunity.</summary>
    /// <exception cref="CrmNotFoundException">No opportunity has that id.</exception>
    /// <exception cref="CrmPermissionException">It is in someone else's book.</exception>
    Task<Opportunity> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A page of the opportunities the user may work.</summary>
    Task<Page<Opportunity>> ListAsync(OpportunityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Changes an open opportunity's fields.</summary>
    /// <exception cref="CrmConflictException">It changed since <see cref="UpdateOpportunity.Version"/>.</exception>
    Task<Opportunity> UpdateAsync(long id, UpdateOpportunity request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an open opportunity to another stage of its pipeline: the stage history's current row is
    /// closed and a new one opened in the same transaction. The probability becomes
    /// <paramref name="probability"/> or the new stage's default.
    /// </summary>
    /// <exception cref="CrmConflictException">It changed since <paramref name="version"/>.</exception>
    Task<Opportunity> MoveStageAsync(long id, string stageCode, int version, int? probability = null, CancellationToken cancellationToken = default);

    /// <summary>Marks an open opportunity won and looks for the ERP order that realizes it.</summary>
    /// <exception cref="CrmConflictException">It changed since <paramref name="version"/>.</exception>
    Task<Opportunity> WinAsync(long id, int version, CancellationToken cancellationToken = default);

    /// <summary>Marks an open opportunity lost for one of the configured reasons.</summary>
    /// <exception cref="CrmValidationException">The reason is missing or not configured (field <c>reason</c>).</exception>
    /// <exception cref="CrmConflictException">It changed since <paramref name="version"/>.</exception>
    Task<Opportunity> LoseAsync(long id, string reason, string? note, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a won or lost opportunity again in <paramref name="stageCode"/> (default: the stage it
    /// closed in) with that stage's probability; a won one gives up its ERP order match.
    /// </summary>
    /// <exception cref="CrmValidationException">It is open (field <c>status</c>), or the stage is not in its pipeline.</exception>
    /// <exception cref="CrmConflictException">It changed since <paramref name="version"/>.</exception>
    Task<Opportunity> ReopenAsync(long id, int version, string? stageCode = null, CancellationToken cancellationToken = default);

    /// <summary>Marks several open opportunities lost for one reason, all or none.</summary>
    /// <exception cref="CrmValidationException">No ids, more than 500, repeated ids (field <c>items</c>), or the reason is not configured (field <c>reason</c>).</exception>
    Task<BulkLossResult> LoseManyAsync(IReadOnlyList<BulkLossItem> items, string reason, string? note, CancellationToken cancellationToken = default);

    /// <summary>The stage visits and close-date changes of an opportunity.</summary>
    Task<OpportunityHistory> GetHistoryAsync(long id, CancellationToken cancellationToken = default);
}
