namespace Crm.Abstractions.Activities;

/// <summary>
/// The new values of an open activity's editable fields. Every field is replaced: a null clears
/// it (the subject, which is required, excepted). Type, account, assignee and status change
/// through their own operations.
/// </summary>
/// <param name="Subject">Short description, at most 200 characters.</param>
/// <param name="Notes">Free text, at most 4,000 characters.</param>
/// <param name="DueAt">Deadline or start time.</param>
/// <param name="DurationMinutes">Planned length (1 to 1,440 minutes).</param>
/// <param name="ReminderAt">When the assignee is reminded; a changed time replaces the scheduled reminder.</param>
public sealed record EditActivity(
    string Subject,
    string? Notes,
    DateTimeOffset? DueAt,
    int? DurationMinutes,
    DateTimeOffset? ReminderAt);
