using Crm.Abstractions.FollowUps;

namespace Crm.TestPlugin.ThrowingHandler;

/// <summary>Throws before proposing anything.</summary>
public sealed class ThrowingRule : IFollowUpRule
{
    public string Code => "test-plugin.throwing";

    public string Name => "Throwing rule (test plugin)";

    public string DefaultSchedule => "0 0 6 * * ?";

    public IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test plugin's rule fails.");
}
