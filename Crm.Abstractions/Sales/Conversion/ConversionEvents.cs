using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Sales;

/// <summary>A lead became an opportunity.</summary>
/// <param name="Lead">The lead, now converted.</param>
/// <param name="Opportunity">The opportunity it became.</param>
/// <param name="Prospect">The prospect made from it, when no ERP customer was named.</param>
public sealed record LeadConverted(Lead Lead, Opportunity Opportunity, Prospect? Prospect) : CrmEvent;

/// <summary>A prospect became an ERP customer and was linked to it, with its opportunities.</summary>
/// <param name="Prospect">The prospect, now with its account key.</param>
/// <param name="OpportunityIds">The opportunities that got the account.</param>
public sealed record ProspectLinked(Prospect Prospect, IReadOnlyList<long> OpportunityIds) : CrmEvent;
