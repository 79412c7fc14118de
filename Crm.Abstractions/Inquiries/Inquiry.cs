namespace Crm.Abstractions.Inquiries;

/// <summary>A customer inquiry as logged by an order clerk and worked by a team.</summary>
/// <param name="Number">The readable number that never repeats, e.g. <c>INQ-2026-000123</c>; the inquiry's key.</param>
/// <param name="AccountKey">The ERP customer who asks.</param>
/// <param name="Subject">Short text: what it is about.</param>
/// <param name="Text">Longer description, if any.</param>
/// <param name="Channel">How the customer reached us.</param>
/// <param name="ContactName">The person who called or wrote, if known.</param>
/// <param name="OrderKey">The ERP order it concerns (checked to belong to the account), if any.</param>
/// <param name="InvoiceKey">The ERP invoice it concerns (checked to belong to the account), if any.</param>
/// <param name="Category">Category code, e.g. <c>delivery-status</c>.</param>
/// <param name="Priority">Priority; chooses the service-target policy.</param>
/// <param name="Status">Where the inquiry stands.</param>
/// <param name="Team">The team whose queue holds it, if any.</param>
/// <param name="Assignee">The user working it, if any.</param>
/// <param name="DueDate">A due date promised to the customer, if any.</param>
/// <param name="FirstResponse">The first-response target.</param>
/// <param name="Resolution">The resolution target.</param>
/// <param name="ResolutionNote">How it was resolved (required to resolve).</param>
/// <param name="CreatedAt">When it was logged.</param>
/// <param name="CreatedBy">Who logged it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Version">Optimistic-concurrency version; pass it back with every change.</param>
public sealed record Inquiry(
    string Number,
    string AccountKey,
    string Subject,
    string? Text,
    InquiryChannel Channel,
    string? ContactName,
    string? OrderKey,
    string? InvoiceKey,
    string Category,
    InquiryPriority Priority,
    InquiryStatus Status,
    string? Team,
    string? Assignee,
    DateOnly? DueDate,
    ServiceTargetState FirstResponse,
    ServiceTargetState Resolution,
    string? ResolutionNote,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    int Version);
