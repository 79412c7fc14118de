namespace Crm.Abstractions.Sales;

/// <summary>A chance to sell: an amount expected from an account (or a prospect) by a date, in a pipeline stage.</summary>
/// <param name="Id">Identity.</param>
/// <param name="Number">Readable number, e.g. <c>OPP-2026-000042</c>; the ERP order that realizes it may quote it in its reference.</param>
/// <param name="Name">What is being sold.</param>
/// <param name="AccountKey">The ERP customer, or null while the buyer is a prospect.</param>
/// <param name="ProspectId">The prospect, while the buyer is not yet an ERP customer.</param>
/// <param name="LeadId">The lead it was converted from, if any.</param>
/// <param name="PipelineCode">Its pipeline.</param>
/// <param name="StageCode">Its current stage (the last open stage once won or lost).</param>
/// <param name="Probability">Chance of winning, 0 to 100: the stage's default unless set by hand; 100 when won, 0 when lost.</param>
/// <param name="Amount">Expected amount.</param>
/// <param name="Currency">ISO 4217 currency of <paramref name="Amount"/>.</param>
/// <param name="ExpectedCloseDate">When it is expected to close.</param>
/// <param name="Reference">The customer's own reference (a quote or tender number), also used to find the ERP order.</param>
/// <param name="Owner">The sales user who owns it.</param>
/// <param name="Status">Open, won or lost.</param>
/// <param name="LostReason">Code of the lost reason, when lost.</param>
/// <param name="LostNote">Free text about the loss.</param>
/// <param name="ClosedAt">When it was won or lost.</param>
/// <param name="Match">The ERP order that realizes it, once found.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who changed it last.</param>
/// <param name="Version">Optimistic concurrency version; send it back with every change.</param>
public sealed record Opportunity(
    long Id,
    string Number,
    string Name,
    string? AccountKey,
    long? ProspectId,
    long? LeadId,
    string PipelineCode,
    string StageCode,
    int Probability,
    decimal Amount,
    string Currency,
    DateOnly ExpectedCloseDate,
    string? Reference,
    string Owner,
    OpportunityStatus Status,
    string? LostReason,
    string? LostNote,
    DateTimeOffset? ClosedAt,
    OrderMatch? Match,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    int Version);
