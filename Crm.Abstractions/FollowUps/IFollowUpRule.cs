namespace Crm.Abstractions.FollowUps;

/// <summary>
/// A rule that looks at ERP and CRM facts on a schedule and proposes follow-ups. Built-in rules come
/// with the add-on; plugins register theirs in their Autofac module. A rule only proposes: creating
/// the activities, deduplicating and recording the run is the add-on's job.
/// </summary>
public interface IFollowUpRule
{
    /// <summary>Stable code, lower-case with dashes; the key of its settings under <c>Crm:FollowUps:Rules</c>.</summary>
    string Code { get; }

    /// <summary>Name for people.</summary>
    string Name { get; }

    /// <summary>Quartz cron expression (seconds first) used unless configured, e.g. <c>0 0 6 * * ?</c>.</summary>
    string DefaultSchedule { get; }

    /// <summary>
    /// The follow-ups due now. May yield many; the add-on consumes them in bounded batches. Proposing
    /// one again in a later run is expected and harmless.
    /// </summary>
    IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, CancellationToken cancellationToken);
}

/// <summary>What a rule run knows.</summary>
/// <param name="Now">The moment of the run.</param>
/// <param name="Parameters">The rule's <c>Parameters</c> from configuration (text; the rule parses them).</param>
public sealed record FollowUpRuleContext(DateTimeOffset Now, IReadOnlyDictionary<string, string> Parameters);
