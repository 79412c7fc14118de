namespace Crm.Module.Inquiries.Routing;

/// <summary>A team that works inquiries: <c>Crm:Inquiries:Teams:N</c>.</summary>
public sealed class InquiryTeamOptions
{
    /// <summary>Stable code, e.g. <c>service</c>.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The user who manages the team: may close its inquiries.</summary>
    public string? Manager { get; set; }

    /// <summary>User names of the members, in round-robin order.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>How a new inquiry in this team's queue gets an assignee.</summary>
    public TeamAssignment Assignment { get; set; } = TeamAssignment.RoundRobin;
}

/// <summary>How a team hands out new inquiries.</summary>
public enum TeamAssignment
{
    /// <summary>Leave it in the team queue for someone to pick.</summary>
    Queue,

    /// <summary>Each member in turn, across all hosts.</summary>
    RoundRobin,

    /// <summary>The member with the fewest open inquiries of the team (ties: first in the member list).</summary>
    LeastOpenLoad,
}
