namespace Crm.Abstractions.Activities;

/// <summary>A call, meeting, task, e-mail or note planned for someone, about an account, an inquiry, a lead or an opportunity.</summary>
/// <param name="Id">The activity's key.</param>
/// <param name="Type">Activity type code.</param>
/// <param name="Subject">Short text.</param>
/// <param name="Notes">Longer notes, if any.</param>
/// <param name="AccountKey">The ERP customer it regards; null for a lead or a prospect's opportunity, which have none yet.</param>
/// <param name="InquiryNumber">The inquiry it regards, if any.</param>
/// <param name="LeadId">The lead it regards, if any.</param>
/// <param name="OpportunityId">The opportunity it regards, if any.</param>
/// <param name="DueAt">When it is due, if it has a deadline.</param>
/// <param name="DurationMinutes">Planned length (meetings, calls), if any.</param>
/// <param name="ReminderAt">When the assignee is reminded (through every notification channel), if at all.</param>
/// <param name="Assignee">The user who does it.</param>
/// <param name="Status">Open, done or cancelled.</param>
/// <param name="Outcome">What came of it (given when done).</param>
/// <param name="PreviousId">The activity whose completion planned this one, if any.</param>
/// <param name="CreatedAt">When it was planned.</param>
/// <param name="CreatedBy">Who planned it.</param>
/// <param name="CompletedAt">When it was done or cancelled.</param>
/// <param name="Version">Optimistic-concurrency version; pass it back with every change.</param>
public sealed record Activity(
    long Id,
    string Type,
    string Subject,
    string? Notes,
    string? AccountKey,
    string? InquiryNumber,
    long? LeadId,
    long? OpportunityId,
    DateTimeOffset? DueAt,
    int? DurationMinutes,
    DateTimeOffset? ReminderAt,
    string Assignee,
    ActivityStatus Status,
    string? Outcome,
    long? PreviousId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? CompletedAt,
    int Version)
{
    /// <summary>True when open and past its due time at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status == ActivityStatus.Open && DueAt < now;
}
