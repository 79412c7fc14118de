namespace Crm.Module.Sales.Assignment;

/// <summary>
/// <c>Crm:Sales:Assignment</c>: who gets a lead (later accounts and opportunities) that was created
/// without an owner. The first territory rule that matches the country and postal code wins; when
/// none does, the round-robin pool takes turns; with neither, the record stays unowned for a
/// SalesManager to hand out.
/// </summary>
public sealed class AssignmentOptions
{
    public const string SectionName = "Crm:Sales:Assignment";

    /// <summary>Territory rules, tried in order.</summary>
    public List<TerritoryRuleOptions> Territories { get; set; } = [];

    /// <summary>User names that take turns when no territory rule matches.</summary>
    public List<string> RoundRobin { get; set; } = [];

    /// <summary>Accounts written per transaction when unowned accounts are assigned by these rules.</summary>
    public int BatchSize { get; set; } = 200;
}
