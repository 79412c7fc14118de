using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Sales;

/// <summary>An opportunity was created (by hand or from a lead).</summary>
/// <param name="Opportunity">The opportunity as stored.</param>
public sealed record OpportunityOpened(Opportunity Opportunity) : CrmEvent;

/// <summary>An open opportunity's fields changed (name, amount, currency, close date, probability, owner, reference).</summary>
/// <param name="Opportunity">The opportunity after the change.</param>
/// <param name="Changed">Names of the changed fields, as in the API (<c>amount</c>, <c>expectedCloseDate</c>, …).</param>
public sealed record OpportunityUpdated(Opportunity Opportunity, IReadOnlyList<string> Changed) : CrmEvent;

/// <summary>An opportunity moved to another stage.</summary>
/// <param name="Opportunity">The opportunity in its new stage.</param>
/// <param name="FromStage">The stage it left.</param>
public sealed record OpportunityStageChanged(Opportunity Opportunity, string FromStage) : CrmEvent;

/// <summary>An opportunity was won.</summary>
/// <param name="Opportunity">The won opportunity.</param>
public sealed record OpportunityWon(Opportunity Opportunity) : CrmEvent;

/// <summary>An opportunity was lost (alone or in bulk).</summary>
/// <param name="Opportunity">The lost opportunity, with its reason.</param>
public sealed record OpportunityLost(Opportunity Opportunity) : CrmEvent;

/// <summary>A won or lost opportunity was opened again (a won one gives up its ERP order match).</summary>
/// <param name="Opportunity">The opportunity, open again.</param>
/// <param name="From">Whether it had been won or lost.</param>
public sealed record OpportunityReopened(Opportunity Opportunity, OpportunityStatus From) : CrmEvent;

/// <summary>A won opportunity was matched to the ERP order that realizes it.</summary>
/// <param name="Opportunity">The opportunity with its <see cref="Opportunity.Match"/>.</param>
public sealed record OpportunityOrderMatched(Opportunity Opportunity) : CrmEvent;
