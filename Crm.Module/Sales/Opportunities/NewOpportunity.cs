namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// A validated opportunity, ready to be inserted by <see cref="OpportunityWriter.InsertAsync"/>.
/// <see cref="NumberYear"/> is the year whose number sequence was made sure of before the transaction.
/// </summary>
internal sealed record NewOpportunity(
    string Name,
    string? AccountKey,
    long? ProspectId,
    long? LeadId,
    string Pipeline,
    string Stage,
    int Probability,
    decimal Amount,
    string Currency,
    DateOnly ExpectedCloseDate,
    string? Reference,
    string Owner,
    int NumberYear);
