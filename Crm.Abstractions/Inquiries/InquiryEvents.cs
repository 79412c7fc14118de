using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Inquiries;

/// <summary>An inquiry was logged (raised after commit, with the inquiry as logged).</summary>
/// <param name="Inquiry">The inquiry as it was stored.</param>
public sealed record InquiryLogged(Inquiry Inquiry) : CrmEvent;

/// <summary>An inquiry got a team or assignee: by routing when logged, or by manual reassignment.</summary>
/// <param name="Number">The inquiry.</param>
/// <param name="Team">The team now, if any.</param>
/// <param name="Assignee">The assignee now, if any.</param>
/// <param name="PreviousTeam">The team before, if any.</param>
/// <param name="PreviousAssignee">The assignee before, if any.</param>
public sealed record InquiryAssigned(string Number, string? Team, string? Assignee, string? PreviousTeam, string? PreviousAssignee) : CrmEvent;

/// <summary>An inquiry moved from one status to another.</summary>
/// <param name="Number">The inquiry.</param>
/// <param name="From">Status before.</param>
/// <param name="To">Status after.</param>
/// <param name="Note">The note given with the move, if any.</param>
public sealed record InquiryStatusChanged(string Number, InquiryStatus From, InquiryStatus To, string? Note) : CrmEvent;

/// <summary>An inquiry was resolved (raised together with <see cref="InquiryStatusChanged"/>).</summary>
/// <param name="Number">The inquiry.</param>
/// <param name="ResolutionNote">How it was resolved.</param>
public sealed record InquiryResolved(string Number, string ResolutionNote) : CrmEvent;

/// <summary>Someone commented on an inquiry; the comment is on its timeline.</summary>
/// <param name="Number">The inquiry.</param>
/// <param name="Text">The comment.</param>
/// <param name="By">Who commented.</param>
public sealed record InquiryCommented(string Number, string Text, string By) : CrmEvent;
