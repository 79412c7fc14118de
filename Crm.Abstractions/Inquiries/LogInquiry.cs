namespace Crm.Abstractions.Inquiries;

/// <summary>What a clerk has at hand when a customer calls. Only account, subject and channel are required.</summary>
/// <param name="AccountKey">The ERP customer.</param>
/// <param name="Subject">Short text, at most 200 characters.</param>
/// <param name="Channel">How the customer reached us.</param>
/// <param name="Text">Longer description, at most 4000 characters.</param>
/// <param name="ContactName">The person who called or wrote.</param>
/// <param name="OrderKey">An ERP order of this account.</param>
/// <param name="InvoiceKey">An ERP invoice of this account.</param>
/// <param name="Category">A category code; <c>general</c> when empty.</param>
/// <param name="Priority">Priority; the category's default when empty.</param>
/// <param name="DueDate">A due date promised to the customer.</param>
/// <param name="AllowDuplicate">Log even when the account already has an open inquiry about the same order.</param>
public sealed record LogInquiry(
    string AccountKey,
    string Subject,
    InquiryChannel Channel,
    string? Text = null,
    string? ContactName = null,
    string? OrderKey = null,
    string? InvoiceKey = null,
    string? Category = null,
    InquiryPriority? Priority = null,
    DateOnly? DueDate = null,
    bool AllowDuplicate = false);
