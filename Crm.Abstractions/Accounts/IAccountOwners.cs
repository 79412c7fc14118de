using Crm.Abstractions.Common;

namespace Crm.Abstractions.Accounts;

/// <summary>Reads and changes who owns an account, with optimistic concurrency.</summary>
public interface IAccountOwners
{
    /// <summary>The account's current assignment (version 0 and no owner when never assigned).</summary>
    /// <exception cref="CrmNotFoundException">No ERP customer has <paramref name="accountKey"/>.</exception>
    Task<AccountAssignment> GetAsync(string accountKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets (or with null clears) the owner. Needs SalesManager or Admin. Writes only when the stored
    /// version still equals <paramref name="expectedVersion"/>; the result carries the new version.
    /// </summary>
    /// <exception cref="CrmValidationException">The owner name is too long or contains control characters (field <c>owner</c>).</exception>
    /// <exception cref="CrmNotFoundException">No ERP customer has <paramref name="accountKey"/>.</exception>
    /// <exception cref="CrmPermissionException">The user may not assign owners.</exception>
    /// <exception cref="CrmConflictException">Someone else changed the assignment since <paramref name="expectedVersion"/>.</exception>
    Task<AccountAssignment> AssignAsync(string accountKey, string? ownerUserName, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives every ERP account that has no owner one by the assignment rules
    /// (<c>Crm:Sales:Assignment</c>): the first territory covering the customer's country and postal
    /// code, else the round-robin pool's next turn (the counter leads use too), else none. Accounts
    /// are taken in key order in batches of <c>Crm:Sales:Assignment:BatchSize</c>, each batch one
    /// transaction, so a failure keeps the batches before it and a second run simply continues.
    /// An owner set by someone else meanwhile is never overwritten (the account counts as
    /// <see cref="OwnerRuleOutcome.TakenMeanwhile"/>); running twice, or on two hosts at once, assigns
    /// each account once. Needs SalesManager or Admin; a SalesManager assigns only to members of
    /// their teams, and accounts the rules give to anyone else are skipped as
    /// <see cref="OwnerRuleOutcome.OutsideYourTeams"/> (a round-robin turn passes on all the same,
    /// as it would for an account someone else took). <c>updated_by</c> is the running user.
    /// </summary>
    /// <param name="dryRun">True: write nothing, take no round-robin turn, and report what a real run would assign from the current turn on.</param>
    /// <param name="cancellationToken">Stops between statements; committed batches stay.</param>
    /// <exception cref="CrmPermissionException">The user is neither SalesManager nor Admin.</exception>
    Task<OwnerRuleRun> AssignByRulesAsync(bool dryRun, CancellationToken cancellationToken = default);
}
