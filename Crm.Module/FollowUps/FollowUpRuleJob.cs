using Crm.Abstractions.FollowUps;
using Crm.Module.Events;
using Crm.Module.Plugins;
using Quartz;

namespace Crm.Module.FollowUps;

/// <summary>
/// Quartz's entry to a rule run. Not concurrent: one run of a rule at a time in the cluster; a fire
/// repeated after a node failure (Quartz recovers the job) is harmless because runs are idempotent,
/// and it completes a run the failed node left unfinished. A rule of a disabled
/// plugin is skipped quietly: the plugin was logged as disabled once, and admins see it as failed.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class FollowUpRuleJob(IEnumerable<IFollowUpRule> rules, FollowUpRunner runner, PluginHealth plugins, OutboxOptions node) : IJob
{
    public const string RuleKey = "rule";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.MergedJobDataMap.GetString(RuleKey);
        var rule = rules.FirstOrDefault(r => r.Code == code)
            ?? throw new InvalidOperationException($"The scheduled follow-up rule '{code}' is not registered on this host.");
        if (plugins.DisabledReasonFor(rule.GetType()) is not null)
        {
            return;
        }

        var run = await runner.RunAsync(rule, node.NodeName, cancellationToken).ConfigureAwait(false);
        if (run.Error is not null)
        {
            // The runner already tried again after passing faults; the failed run is recorded, and Quartz
            // logs the failure (the next scheduled fire runs the rule again).
            throw new InvalidOperationException($"Follow-up rule '{code}' failed: {run.Error}");
        }
    }
}
