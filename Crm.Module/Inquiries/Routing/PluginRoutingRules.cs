using Crm.Abstractions.Inquiries;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Inquiries.Routing;

/// <summary>
/// Asks the plugins' <see cref="IInquiryRoutingRule"/>s where a new inquiry goes, before its
/// transaction opens (so a slow rule holds no lock). The first valid answer wins; an answer naming an
/// unknown team or a non-member is ignored and logged; a throwing rule is skipped and counted against
/// its plugin, and a disabled plugin's rules are not asked.
/// </summary>
internal sealed partial class PluginRoutingRules(IEnumerable<IInquiryRoutingRule> rules, InquiryTeams teams, PluginHealth health, ILogger<PluginRoutingRules> logger)
{
    private readonly IReadOnlyList<IInquiryRoutingRule> _rules = [.. rules];

    public async Task<InquiryRoute?> DecideAsync(InquiryRoutingRequest request, CancellationToken cancellationToken)
    {
        foreach (var rule in _rules)
        {
            var plugin = health.PluginOf(rule.GetType());
            if (plugin is not null && health.DisabledReason(plugin) is not null)
            {
                continue;
            }

            InquiryRoute? route;
            try
            {
                route = await rule.RouteAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogFailed(logger, rule.Code, plugin, ex);
                if (plugin is not null)
                {
                    health.Failed(plugin, rule.Code, ex.Message);
                }

                continue;
            }

            if (plugin is not null)
            {
                health.Succeeded(plugin, rule.Code);
            }

            if (route is null)
            {
                continue;
            }

            if (teams.Find(route.Team) is not { } team)
            {
                LogUnknownTeam(logger, rule.Code, route.Team);
                continue;
            }

            if (route.Assignee is { } assignee && !team.Members.Contains(assignee, StringComparer.OrdinalIgnoreCase))
            {
                LogNotMember(logger, rule.Code, assignee, team.Code);
                continue;
            }

            return route;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inquiry routing rule {Rule} (plugin {Plugin}) failed; the inquiry is routed without it.")]
    private static partial void LogFailed(ILogger logger, string rule, string? plugin, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inquiry routing rule {Rule} named team '{Team}', which is not configured (Crm:Inquiries:Teams); its answer is ignored.")]
    private static partial void LogUnknownTeam(ILogger logger, string rule, string team);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inquiry routing rule {Rule} named '{Assignee}', who is not a member of team '{Team}'; its answer is ignored.")]
    private static partial void LogNotMember(ILogger logger, string rule, string assignee, string team);
}
