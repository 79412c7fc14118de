using System.Data.Common;
using Crm.Abstractions.Inquiries;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.Inquiries.Routing;

/// <summary>
/// Decides where a new inquiry goes, inside the transaction that logs it, so an inquiry is never
/// unrouted: the first configured routing rule that applies (account owner or team), else the
/// plugins' decision (<see cref="PluginRoutingRules"/>, made before the transaction), else the
/// category's team, else the default team; within a team, round robin or least open load.
/// </summary>
internal sealed class InquiryRouter(InquiryTeams teams, InquirySql sql)
{
    public async Task<RoutingDecision> RouteAsync(DbConnection connection, DbTransaction transaction, InquiryCategory category, string? accountOwner, InquiryRoute? pluginRoute, CancellationToken cancellationToken)
    {
        foreach (var rule in teams.Rules.Where(r => string.IsNullOrEmpty(r.Category) || r.Category == category.Code))
        {
            if (rule.ToAccountOwner)
            {
                if (accountOwner is not null)
                {
                    return new RoutingDecision(teams.TeamOf(accountOwner)?.Code, accountOwner);
                }

                continue;
            }

            return await ToTeamAsync(connection, transaction, rule.Team!, cancellationToken).ConfigureAwait(false);
        }

        if (pluginRoute is not null)
        {
            return pluginRoute.Assignee is { } assignee
                ? new RoutingDecision(pluginRoute.Team, assignee)
                : await ToTeamAsync(connection, transaction, pluginRoute.Team, cancellationToken).ConfigureAwait(false);
        }

        var fallback = teams.Find(category.Team)?.Code ?? teams.DefaultTeam;
        return fallback is null
            ? new RoutingDecision(null, null)
            : await ToTeamAsync(connection, transaction, fallback, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RoutingDecision> ToTeamAsync(DbConnection connection, DbTransaction transaction, string code, CancellationToken cancellationToken)
    {
        var team = teams.Find(code)!;
        return team.Assignment switch
        {
            TeamAssignment.RoundRobin => new RoutingDecision(code, team.Members[(int)((await Sequences.TakeAsync(connection, transaction, sql.Dialect, RoundRobinSequence(code), cancellationToken).ConfigureAwait(false) - 1) % team.Members.Count)]),
            TeamAssignment.LeastOpenLoad => new RoutingDecision(code, await LeastLoadedAsync(connection, transaction, team, cancellationToken).ConfigureAwait(false)),
            _ => new RoutingDecision(code, null),
        };
    }

    private async Task<string> LeastLoadedAsync(DbConnection connection, DbTransaction transaction, InquiryTeamOptions team, CancellationToken cancellationToken)
    {
        var load = (await connection.QueryAsync<(string Assignee, object Open)>(new CommandDefinition(
                sql.OpenLoadByAssignee,
                new { team = team.Code, open = InquiryLifecycle.OpenStatuses.Select(s => s.ToString()).ToArray() },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => r.Assignee, r => Convert.ToInt64(r.Open, System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        return team.Members.MinBy(member => load.GetValueOrDefault(member))!;
    }

    private static string RoundRobinSequence(string team) => "round-robin:" + team;
}
