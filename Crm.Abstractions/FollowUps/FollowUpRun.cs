namespace Crm.Abstractions.FollowUps;

/// <summary>What one run of a rule did.</summary>
/// <param name="Rule">The rule's code.</param>
/// <param name="Node">The host that ran it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Created">Follow-ups created.</param>
/// <param name="Skipped">Proposals skipped because their follow-up already existed.</param>
/// <param name="Error">Why the run failed, if it did (what it created before stays).</param>
public sealed record FollowUpRun(string Rule, string Node, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Created, int Skipped, string? Error)
{
    /// <summary>How long the run took.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;
}

/// <summary>Rules, runs on demand (Admin) and the record of recent runs.</summary>
public interface IFollowUpService
{
    /// <summary>Every rule, built-in and from plugins, with whether it is enabled and its schedule.</summary>
    IReadOnlyList<FollowUpRuleInfo> Rules { get; }

    /// <summary>Runs a rule now. Needs Admin.</summary>
    /// <exception cref="Common.CrmNotFoundException">No rule has that code.</exception>
    /// <exception cref="Common.CrmPermissionException">The user is not an Admin.</exception>
    Task<FollowUpRun> RunNowAsync(string ruleCode, CancellationToken cancellationToken = default);

    /// <summary>The most recent runs, newest first. Needs SalesManager or Admin.</summary>
    Task<Common.Page<FollowUpRun>> RecentRunsAsync(Common.PageRequest page, CancellationToken cancellationToken = default);
}

/// <summary>A rule as configured.</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Name">Name for people.</param>
/// <param name="Enabled">Whether it runs on its schedule.</param>
/// <param name="Schedule">Its Quartz cron expression.</param>
public sealed record FollowUpRuleInfo(string Code, string Name, bool Enabled, string Schedule);
