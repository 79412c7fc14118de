using Crm.Abstractions.FollowUps;

namespace Crm.TestPlugin.Unbuildable;

/// <summary>A follow-up rule whose constructor needs <see cref="IMissingService"/>, which is not registered.</summary>
public sealed class RuleNeedingMissingService(IMissingService missing) : IFollowUpRule
{
    public string Code => "test-plugin.unbuildable";

    public string Name => $"Calls {missing.AccountsToCall} accounts (test plugin)";

    public string DefaultSchedule => "0 0 6 1 * ?";

    public IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<FollowUpProposal>();
}
