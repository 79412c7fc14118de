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
}
