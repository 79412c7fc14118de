namespace Crm.Abstractions.Sales;

/// <summary>What converting a lead produced.</summary>
/// <param name="Lead">The lead, now <see cref="LeadStatus.Converted"/>.</param>
/// <param name="Opportunity">The new opportunity (as it is after a prospect was linked, if that happened).</param>
/// <param name="Warnings">Other owners' open opportunities on the same account.</param>
/// <param name="Prospect">The prospect made from the lead, when no ERP customer was named.</param>
/// <param name="ErpCustomerProblem">
/// Why the requested ERP customer was not created; the conversion stands, and the prospect can be
/// turned into a customer later.
/// </param>
public sealed record LeadConversion(Lead Lead, Opportunity Opportunity, IReadOnlyList<OwnershipWarning> Warnings, Prospect? Prospect, string? ErpCustomerProblem);
