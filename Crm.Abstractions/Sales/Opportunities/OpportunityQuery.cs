using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>
/// Filters for the opportunity list; null means any. The list only ever holds opportunities the
/// signed-in user may work. Ordered by expected close date, then id.
/// </summary>
/// <param name="Page">The page.</param>
/// <param name="PipelineCode">Only this pipeline.</param>
/// <param name="StageCode">Only this stage.</param>
/// <param name="Owner">Only this owner.</param>
/// <param name="Status">Only this status.</param>
/// <param name="AccountKey">Only this ERP account.</param>
public sealed record OpportunityQuery(
    PageRequest Page,
    string? PipelineCode = null,
    string? StageCode = null,
    string? Owner = null,
    OpportunityStatus? Status = null,
    string? AccountKey = null);
