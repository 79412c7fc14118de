namespace Crm.Module.Sales;

/// <summary>One sales team under <c>Crm:Sales:Teams</c>: its managers see and work what its members own.</summary>
public sealed class SalesTeamOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>User names of the team's managers (users with the SalesManager role).</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>User names of the team's sales reps.</summary>
    public List<string> Members { get; set; } = [];
}
