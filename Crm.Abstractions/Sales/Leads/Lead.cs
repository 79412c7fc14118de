namespace Crm.Abstractions.Sales;

/// <summary>A prospective customer: who, how to reach them, where they came from, and how far sales got.</summary>
/// <param name="Id">The lead's key.</param>
/// <param name="Company">Company name, if the lead is a company.</param>
/// <param name="ContactName">The person to talk to.</param>
/// <param name="Email">E-mail address as entered (trimmed).</param>
/// <param name="Phone">Telephone number as entered (trimmed).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code, upper case.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="Source">Where the lead came from: <c>web-form</c>, <c>import</c>, <c>api</c>, <c>manual</c>, <c>referral</c> or any other short code.</param>
/// <param name="Status">Where the lead stands.</param>
/// <param name="DisqualifiedReason">Why it was disqualified, while <see cref="LeadStatus.Disqualified"/>.</param>
/// <param name="Owner">The sales rep who works it; null while nobody was assigned.</param>
/// <param name="Notes">Free notes.</param>
/// <param name="AccountKey">The ERP customer the lead was linked to, if any.</param>
/// <param name="MergedIntoId">The lead this one was merged into, when <see cref="LeadStatus.Merged"/>.</param>
/// <param name="ConvertedOpportunityId">The opportunity it became, when <see cref="LeadStatus.Converted"/>.</param>
/// <param name="ConvertedAt">When it was converted.</param>
/// <param name="CreatedAt">When it was captured.</param>
/// <param name="CreatedBy">Who captured it (<c>web-form</c> for the public form).</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who changed it last.</param>
/// <param name="Version">Optimistic-concurrency version; pass it back with every change.</param>
public sealed record Lead(
    long Id,
    string? Company,
    string? ContactName,
    string? Email,
    string? Phone,
    string? Country,
    string? PostalCode,
    string? City,
    string Source,
    LeadStatus Status,
    string? DisqualifiedReason,
    string? Owner,
    string? Notes,
    string? AccountKey,
    long? MergedIntoId,
    long? ConvertedOpportunityId,
    DateTimeOffset? ConvertedAt,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    int Version);
