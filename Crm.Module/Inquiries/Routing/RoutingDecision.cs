namespace Crm.Module.Inquiries.Routing;

/// <summary>Where a new inquiry goes: a team's queue, a user, or both.</summary>
internal sealed record RoutingDecision(string? Team, string? Assignee);
