using Crm.Abstractions.Common;

namespace Crm.Abstractions.Inquiries;

/// <summary>
/// Logging and working customer inquiries. Every change is one transaction that also records the
/// timeline entry and the event for plugins; every change but a comment carries the version last read.
/// OrderClerk and every other CRM role may log and work inquiries; only the assignee, the team's
/// manager or an Admin may close one.
/// </summary>
public interface IInquiryService
{
    /// <summary>
    /// Logs an inquiry, routes it to a team or user and starts its service targets. When the account
    /// already has an open inquiry about the same order and <see cref="LogInquiry.AllowDuplicate"/> is
    /// false, nothing is logged and <see cref="CrmDuplicateException"/> names the open ones.
    /// </summary>
    /// <exception cref="CrmValidationException">A field is missing, too long, or the order or invoice is not the account's.</exception>
    /// <exception cref="CrmNotFoundException">The account does not exist.</exception>
    Task<Inquiry> LogAsync(LogInquiry request, CancellationToken cancellationToken = default);

    /// <summary>One inquiry by its number.</summary>
    /// <exception cref="CrmNotFoundException">No inquiry has that number.</exception>
    Task<Inquiry> GetAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>Everything that happened to the inquiry, oldest first.</summary>
    Task<IReadOnlyList<InquiryTimelineEntry>> GetTimelineAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>Moves the inquiry to <paramref name="status"/>; resolving needs a <paramref name="note"/> (the resolution).</summary>
    /// <exception cref="CrmValidationException">The move is not allowed from the current status, or the note is missing.</exception>
    /// <exception cref="CrmConflictException">The inquiry changed since <paramref name="version"/>.</exception>
    /// <exception cref="CrmPermissionException">Closing (or reopening a closed inquiry) by someone who is not the assignee, the team's manager or an Admin.</exception>
    Task<Inquiry> ChangeStatusAsync(string number, InquiryStatus status, int version, string? note, CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to the timeline. The first comment by someone other than the customer counts as the first response.</summary>
    Task<Inquiry> CommentAsync(string number, string text, CancellationToken cancellationToken = default);

    /// <summary>Reassigns the inquiry to a team and/or user (manual reassignment is always possible).</summary>
    /// <exception cref="CrmValidationException">The team is unknown or the user is not one of its members.</exception>
    /// <exception cref="CrmConflictException">The inquiry changed since <paramref name="version"/>.</exception>
    Task<Inquiry> AssignAsync(string number, string? team, string? assignee, int version, CancellationToken cancellationToken = default);

    /// <summary>A page of inquiries for a view, filtered and sorted.</summary>
    Task<Page<Inquiry>> FindAsync(InquiryQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every category: built-in ones and those plugins add.</summary>
    IReadOnlyList<InquiryCategory> Categories { get; }
}
