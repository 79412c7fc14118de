namespace Crm.Abstractions.Notifications;

/// <summary>A message for one user: an activity assigned to them, a reminder that is due, an escalation.</summary>
/// <param name="Id">
/// Unique per message. Notifications are sent at least once (after commit, from the outbox); a
/// channel that sees an id again must not deliver twice.
/// </param>
/// <param name="Recipient">The user name to notify.</param>
/// <param name="Subject">One line.</param>
/// <param name="Text">Details, if any.</param>
/// <param name="Regarding">What it is about, e.g. <c>activity:42</c> or <c>inquiry:INQ-2026-000123</c>.</param>
/// <param name="CreatedAt">When the reason for it happened.</param>
public sealed record Notification(Guid Id, string Recipient, string Subject, string? Text, string Regarding, DateTimeOffset CreatedAt);
