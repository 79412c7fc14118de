namespace Crm.Abstractions.FollowUps;

/// <summary>
/// A follow-up a rule wants: an activity for someone about something. The add-on creates it at most
/// once per rule, <see cref="SubjectKey"/> and <see cref="Period"/>, however often and on however many
/// hosts the rule runs.
/// </summary>
/// <param name="SubjectKey">What it is about, stable across runs, e.g. <c>invoice:INV-2026-000123</c>.</param>
/// <param name="Period">
/// Empty for "once per subject"; otherwise the period it belongs to (e.g. <c>2026-11</c>), so the same
/// subject may get a new follow-up in a later period.
/// </param>
/// <param name="AccountKey">The ERP customer; may be null when <paramref name="OpportunityId"/> or <paramref name="LeadId"/> names what it regards.</param>
/// <param name="ActivityType">Activity type code of the follow-up.</param>
/// <param name="Subject">Short text for the activity, at most 200 characters.</param>
/// <param name="Assignee">Who does it.</param>
/// <param name="DueAt">When it is due, if it has a deadline.</param>
/// <param name="Notes">Why the rule proposed it, for the assignee.</param>
/// <param name="OpportunityId">The opportunity the follow-up regards, if any.</param>
/// <param name="LeadId">The lead the follow-up regards, if any.</param>
public sealed record FollowUpProposal(
    string SubjectKey,
    string Period,
    string? AccountKey,
    string ActivityType,
    string Subject,
    string Assignee,
    DateTimeOffset? DueAt,
    string? Notes,
    long? OpportunityId = null,
    long? LeadId = null);
