namespace Crm.Abstractions.Sales;

/// <summary>
/// How a qualified lead becomes an opportunity: with an existing ERP customer
/// (<paramref name="AccountKey"/>), or with a prospect made from the lead's data — which the host may
/// turn into an ERP customer at once (<paramref name="CreateErpCustomer"/>).
/// </summary>
/// <param name="OpportunityName">Name of the new opportunity.</param>
/// <param name="Amount">Expected amount.</param>
/// <param name="ExpectedCloseDate">When it should close.</param>
/// <param name="AccountKey">The ERP customer the lead turned out to be; null for a prospect.</param>
/// <param name="PipelineCode">Pipeline; the first one when null.</param>
/// <param name="StageCode">Stage; the pipeline's first when null.</param>
/// <param name="Currency">ISO 4217 currency; the pipeline's when null.</param>
/// <param name="Probability">0–100; the stage's when null.</param>
/// <param name="Owner">Owner of the opportunity; the lead's owner (or the user) when null.</param>
/// <param name="Reference">The customer's reference, used later to match the ERP order.</param>
/// <param name="CreateErpCustomer">For a prospect: ask the host to create the ERP customer right after the conversion.</param>
public sealed record ConvertLead(
    string OpportunityName,
    decimal Amount,
    DateOnly ExpectedCloseDate,
    string? AccountKey = null,
    string? PipelineCode = null,
    string? StageCode = null,
    string? Currency = null,
    int? Probability = null,
    string? Owner = null,
    string? Reference = null,
    bool CreateErpCustomer = false);
