using Crm.Module.Inquiries.Routing;

namespace Crm.Module.Inquiries;

/// <summary>
/// <c>Crm:Inquiries</c>: teams and routing. The working calendar and service targets have their
/// own sub-sections (<c>WorkingCalendar</c>, <c>ServiceTargets</c>).
/// </summary>
public sealed class InquiriesOptions
{
    public const string SectionName = "Crm:Inquiries";

    public List<InquiryTeamOptions> Teams { get; set; } = [];

    public List<InquiryRoutingRuleOptions> Routing { get; set; } = [];

    /// <summary>The team for inquiries that no rule and no category routes.</summary>
    public string? DefaultTeam { get; set; }
}
