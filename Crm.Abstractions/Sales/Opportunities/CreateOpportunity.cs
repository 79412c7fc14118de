namespace Crm.Abstractions.Sales;

/// <summary>What it takes to create an opportunity. Either an ERP account or a prospect must be named.</summary>
/// <param name="Name">What is being sold.</param>
/// <param name="Amount">Expected amount, 0 or more.</param>
/// <param name="ExpectedCloseDate">When it is expected to close.</param>
/// <param name="AccountKey">The ERP customer (must exist). An account without an owner gets the opportunity's owner.</param>
/// <param name="ProspectId">The prospect, when the buyer is not yet an ERP customer.</param>
/// <param name="PipelineCode">The pipeline; null takes the first one.</param>
/// <param name="StageCode">The starting stage; null takes the pipeline's first stage.</param>
/// <param name="Currency">ISO 4217 code; null takes the pipeline's default currency.</param>
/// <param name="Probability">0 to 100; null takes the stage's default.</param>
/// <param name="Owner">The owner; null makes the creator the owner. Reps may only name themselves, managers their team.</param>
/// <param name="Reference">The customer's own reference (quote or tender number).</param>
/// <param name="LeadId">The lead it comes from.</param>
public sealed record CreateOpportunity(
    string Name,
    decimal Amount,
    DateOnly ExpectedCloseDate,
    string? AccountKey = null,
    long? ProspectId = null,
    string? PipelineCode = null,
    string? StageCode = null,
    string? Currency = null,
    int? Probability = null,
    string? Owner = null,
    string? Reference = null,
    long? LeadId = null);

/// <summary>A created opportunity, with the warnings the creator should read.</summary>
/// <param name="Opportunity">The opportunity as stored.</param>
/// <param name="Warnings">Open opportunities of other owners on the same account: someone may already be working this customer.</param>
public sealed record OpportunityCreated(Opportunity Opportunity, IReadOnlyList<OwnershipWarning> Warnings);

/// <summary>Another owner's open opportunity on the account of a new one.</summary>
/// <param name="OpportunityId">The other opportunity.</param>
/// <param name="Number">Its number.</param>
/// <param name="Name">Its name.</param>
/// <param name="Owner">Whose it is.</param>
/// <param name="StageCode">Its stage.</param>
public sealed record OwnershipWarning(long OpportunityId, string Number, string Name, string Owner, string StageCode);
