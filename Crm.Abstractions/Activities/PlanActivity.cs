namespace Crm.Abstractions.Activities;

/// <summary>What it takes to plan an activity.</summary>
/// <param name="Type">Activity type code.</param>
/// <param name="Subject">Short text, at most 200 characters.</param>
/// <param name="AccountKey">The ERP customer it regards; may be left out for a lead or an opportunity (then the opportunity's account is taken).</param>
/// <param name="Assignee">Who does it; the signed-in user when empty.</param>
/// <param name="DueAt">Deadline, if any.</param>
/// <param name="DurationMinutes">Planned length, 1 to 1440 minutes.</param>
/// <param name="Notes">Notes, at most 4000 characters.</param>
/// <param name="InquiryNumber">The inquiry it regards (must be the same account's).</param>
/// <param name="ReminderAt">When to remind the assignee; a moment already past reminds at once.</param>
/// <param name="LeadId">The lead it regards; the user must be able to work the lead.</param>
/// <param name="OpportunityId">The opportunity it regards (of the same account); the user must be able to work it.</param>
public sealed record PlanActivity(
    string Type,
    string Subject,
    string? AccountKey,
    string? Assignee = null,
    DateTimeOffset? DueAt = null,
    int? DurationMinutes = null,
    string? Notes = null,
    string? InquiryNumber = null,
    DateTimeOffset? ReminderAt = null,
    long? LeadId = null,
    long? OpportunityId = null);
