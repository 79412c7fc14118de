using Crm.Abstractions.Sales;

namespace Crm.Module.Sales.Leads;

/// <summary>Which status a lead may move to by hand. Converted and Merged are set by conversion and merging only.</summary>
internal static class LeadLifecycle
{
    private static readonly Dictionary<LeadStatus, LeadStatus[]> Moves = new()
    {
        [LeadStatus.New] = [LeadStatus.Contacted, LeadStatus.Qualified, LeadStatus.Disqualified],
        [LeadStatus.Contacted] = [LeadStatus.Qualified, LeadStatus.Disqualified],
        [LeadStatus.Qualified] = [LeadStatus.Disqualified],
        [LeadStatus.Disqualified] = [LeadStatus.New],
        [LeadStatus.Converted] = [],
        [LeadStatus.Merged] = [],
    };

    public static IReadOnlyList<LeadStatus> NextFrom(LeadStatus from) => Moves[from];

    public static bool CanMove(LeadStatus from, LeadStatus to) => Moves[from].Contains(to);

    /// <summary>Whether the lead's data may still change (not converted, not merged away).</summary>
    public static bool IsWorkable(LeadStatus status) => status is not (LeadStatus.Converted or LeadStatus.Merged);
}
