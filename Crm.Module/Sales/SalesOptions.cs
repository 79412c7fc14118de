namespace Crm.Module.Sales;

/// <summary>
/// <c>Crm:Sales</c>: the sales organisation. Without teams, a SalesManager sees every rep's leads
/// and opportunities (a small company has one team); with teams, only those of the members of the
/// teams they manage, plus their own.
/// </summary>
public sealed class SalesOptions
{
    public const string SectionName = "Crm:Sales";

    public List<SalesTeamOptions> Teams { get; set; } = [];
}
