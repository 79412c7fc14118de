using Crm.Abstractions.FollowUps;

namespace ErpCrm.MedicalDevices.Tests.Infrastructure;

/// <summary>Runs a rule the way the add-on does, collecting every proposal.</summary>
internal static class RuleRuns
{
    public static async Task<List<FollowUpProposal>> ProposeAsync(IFollowUpRule rule, DateTimeOffset now, params (string Name, string Value)[] parameters)
    {
        var context = new FollowUpRuleContext(now, parameters.ToDictionary(p => p.Name, p => p.Value));
        var proposals = new List<FollowUpProposal>();
        await foreach (var proposal in rule.ProposeAsync(context, CancellationToken.None))
        {
            proposals.Add(proposal);
        }

        return proposals;
    }

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 5, 0, 0, TimeSpan.Zero);
}
