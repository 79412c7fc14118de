namespace Crm.Abstractions.Inquiries;

/// <summary>What happened to an inquiry: logged, status changed, commented, assigned.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who (user name).</param>
/// <param name="Kind">One of <c>Logged</c>, <c>StatusChanged</c>, <c>Comment</c>, <c>Assigned</c>.</param>
/// <param name="FromStatus">Status before a status change.</param>
/// <param name="ToStatus">Status after a status change (and on Logged).</param>
/// <param name="Team">Team after an assignment.</param>
/// <param name="Assignee">Assignee after an assignment.</param>
/// <param name="Text">The comment, or the note given with a status change.</param>
public sealed record InquiryTimelineEntry(
    DateTimeOffset At,
    string By,
    string Kind,
    InquiryStatus? FromStatus,
    InquiryStatus? ToStatus,
    string? Team,
    string? Assignee,
    string? Text);
