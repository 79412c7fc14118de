using Crm.Module.Hosting;

namespace Crm.Module.Inquiries.Routing;

/// <summary>
/// The configured teams and routing rules, checked once: a rule or default that names an unknown
/// team, a duplicate team code or a team without members to hand out to stops start-up with the
/// setting's name.
/// </summary>
internal sealed class InquiryTeams
{
    private readonly Dictionary<string, InquiryTeamOptions> _teams;

    public InquiryTeams(InquiriesOptions options, InquiryCategories categories)
    {
        _teams = new Dictionary<string, InquiryTeamOptions>(StringComparer.Ordinal);
        for (var i = 0; i < options.Teams.Count; i++)
        {
            var team = options.Teams[i];
            var setting = $"{InquiriesOptions.SectionName}:Teams:{i}";
            if (string.IsNullOrWhiteSpace(team.Code) || !_teams.TryAdd(team.Code, team))
            {
                throw new CrmSettingException(setting + ":Code", $"'{team.Code}' is empty or used by another team.");
            }

            if (team.Assignment != TeamAssignment.Queue && team.Members.Count == 0)
            {
                throw new CrmSettingException(setting + ":Members", $"team '{team.Code}' hands out inquiries ({team.Assignment}) but has no members.");
            }
        }

        for (var i = 0; i < options.Routing.Count; i++)
        {
            var rule = options.Routing[i];
            var setting = $"{InquiriesOptions.SectionName}:Routing:{i}";
            if (!string.IsNullOrEmpty(rule.Category) && categories.Find(rule.Category) is null)
            {
                throw new CrmSettingException(setting + ":Category", $"'{rule.Category}' is not a known inquiry category.");
            }

            if (!rule.ToAccountOwner && (string.IsNullOrEmpty(rule.Team) || !_teams.ContainsKey(rule.Team)))
            {
                throw new CrmSettingException(setting + ":Team", $"'{rule.Team}' is not a configured team (and ToAccountOwner is off).");
            }
        }

        if (!string.IsNullOrEmpty(options.DefaultTeam) && !_teams.ContainsKey(options.DefaultTeam))
        {
            throw new CrmSettingException(InquiriesOptions.SectionName + ":DefaultTeam", $"'{options.DefaultTeam}' is not a configured team.");
        }

        Rules = options.Routing;
        DefaultTeam = options.DefaultTeam;
    }

    public IReadOnlyList<InquiryRoutingRuleOptions> Rules { get; }

    public string? DefaultTeam { get; }

    public InquiryTeamOptions? Find(string? code) => code is null ? null : _teams.GetValueOrDefault(code);

    /// <summary>The first team that has <paramref name="userName"/> as member, for routing to an account owner.</summary>
    public InquiryTeamOptions? TeamOf(string userName) =>
        _teams.Values.FirstOrDefault(t => t.Members.Contains(userName, StringComparer.OrdinalIgnoreCase));

    /// <summary>Codes of the teams <paramref name="userName"/> belongs to or manages.</summary>
    public IReadOnlyList<string> TeamsOf(string userName) =>
        [.. _teams.Values
            .Where(t => t.Members.Contains(userName, StringComparer.OrdinalIgnoreCase) || string.Equals(t.Manager, userName, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Code)];
}
