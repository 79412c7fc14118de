using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>
/// Capturing and working leads. SalesReps work the leads they own, SalesManagers those of their
/// teams and the unowned ones, Admins all. Every change is checked first, written in one transaction
/// with its history entry and its event (<see cref="LeadCreated"/>, <see cref="LeadUpdated"/>,
/// <see cref="LeadStatusChanged"/>, <see cref="LeadsMerged"/>), and versioned.
/// </summary>
public interface ILeadService
{
    /// <summary>
    /// Creates a lead. Without an explicit <paramref name="owner"/>, a SalesRep's lead is their own;
    /// a SalesManager's or Admin's lead goes to the assignment rules (territory, then round robin).
    /// Returns the lead and its duplicate candidates; duplicates do not stop the creation. Candidates
    /// include other owners' leads (id, name and owner only), so that a rep learns a colleague already
    /// works the customer.
    /// </summary>
    /// <exception cref="CrmValidationException">A field is missing or wrong (named in the errors).</exception>
    /// <exception cref="CrmPermissionException">Not a sales user, or a rep naming another owner.</exception>
    Task<LeadCreation> CreateAsync(LeadInput input, string? owner = null, CancellationToken cancellationToken = default);

    /// <summary>One lead, merged ones included.</summary>
    /// <exception cref="CrmNotFoundException">No lead has that id.</exception>
    /// <exception cref="CrmPermissionException">The lead is in someone else's book.</exception>
    Task<Lead> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A page of the leads the user may see.</summary>
    Task<Page<Lead>> FindAsync(LeadQuery query, CancellationToken cancellationToken = default);

    /// <summary>The lead's history, including that of the leads merged into it, oldest first.</summary>
    Task<IReadOnlyList<LeadHistoryEntry>> GetHistoryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Replaces the lead's contact data; a null <see cref="LeadInput.Source"/> keeps the lead's source.</summary>
    /// <exception cref="CrmValidationException">A field is wrong, or the lead is converted or merged.</exception>
    /// <exception cref="CrmConflictException">The lead changed since <paramref name="version"/>.</exception>
    Task<Lead> UpdateAsync(long id, LeadInput input, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the lead: New → Contacted; New or Contacted → Qualified; New, Contacted or Qualified →
    /// Disqualified (with a <paramref name="reason"/>); Disqualified → New (reopen). Converted and
    /// Merged are reached only through conversion and merging.
    /// </summary>
    /// <exception cref="CrmValidationException">The move is not allowed (field <c>status</c>) or the reason is missing (field <c>reason</c>).</exception>
    /// <exception cref="CrmConflictException">The lead changed since <paramref name="version"/>.</exception>
    Task<Lead> ChangeStatusAsync(long id, LeadStatus status, string? reason, int version, CancellationToken cancellationToken = default);

    /// <summary>Gives the lead to <paramref name="owner"/>, or nobody (null, managers only). Reps may only take leads themselves.</summary>
    /// <exception cref="CrmPermissionException">The user may not give leads to that owner.</exception>
    /// <exception cref="CrmConflictException">The lead changed since <paramref name="version"/>.</exception>
    Task<Lead> AssignAsync(long id, string? owner, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges lead <paramref name="mergedId"/> into lead <paramref name="survivorId"/>: the survivor
    /// takes every field it lacks, the other becomes <see cref="LeadStatus.Merged"/> and disappears from
    /// lists; its history stays readable through the survivor. Both versions are checked.
    /// </summary>
    /// <exception cref="CrmValidationException">The leads are the same, or one is converted or already merged.</exception>
    /// <exception cref="CrmConflictException">One of the leads changed since its version.</exception>
    Task<Lead> MergeAsync(long survivorId, int survivorVersion, long mergedId, int mergedVersion, CancellationToken cancellationToken = default);

    /// <summary>Leads and ERP customers that may describe the same customer as <paramref name="input"/>, before creating a lead.</summary>
    Task<IReadOnlyList<LeadDuplicate>> FindDuplicatesAsync(LeadInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports leads from CSV text: a header row naming the columns (<c>company</c>, <c>contactName</c>,
    /// <c>email</c>, <c>phone</c>, <c>country</c>, <c>postalCode</c>, <c>city</c>, <c>source</c>,
    /// <c>notes</c>, <c>owner</c>; case and blanks ignored), <c>;</c> or <c>,</c> as delimiter. At most
    /// 10,000 rows and 5 MB. All rows in one transaction.
    /// </summary>
    /// <exception cref="CrmValidationException">The file as a whole is unreadable, has no known column, or is too large (field <c>file</c>).</exception>
    Task<LeadImportResult> ImportAsync(string csv, LeadImportOptions options, CancellationToken cancellationToken = default);
}
