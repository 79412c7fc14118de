using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Sales;

/// <summary>A lead was captured (API, import or web form).</summary>
/// <param name="Lead">The lead as stored.</param>
public sealed record LeadCreated(Lead Lead) : CrmEvent;

/// <summary>A lead's contact data or owner changed.</summary>
/// <param name="Lead">The lead after the change.</param>
public sealed record LeadUpdated(Lead Lead) : CrmEvent;

/// <summary>A lead moved from one status to another.</summary>
/// <param name="Lead">The lead after the change.</param>
/// <param name="From">The previous status.</param>
/// <param name="To">The new status.</param>
/// <param name="Reason">Why (given when disqualifying).</param>
public sealed record LeadStatusChanged(Lead Lead, LeadStatus From, LeadStatus To, string? Reason) : CrmEvent;

/// <summary>A duplicate lead was merged into another one, which survives.</summary>
/// <param name="Survivor">The surviving lead, with the fields it took over.</param>
/// <param name="MergedId">The id of the lead merged away (now <see cref="LeadStatus.Merged"/>).</param>
public sealed record LeadsMerged(Lead Survivor, long MergedId) : CrmEvent;
