using System.Globalization;
using System.Runtime.CompilerServices;
using Crm.Abstractions.FollowUps;

namespace Crm.TestPlugin.Good;

/// <summary>Plans one call a month with each account listed in the parameter <c>accounts</c> (comma-separated keys).</summary>
public sealed class MonthlyCallRule : IFollowUpRule
{
    public const string RuleCode = "test-plugin.monthly-call";

    public string Code => RuleCode;

    public string Name => "Monthly call (test plugin)";

    public string DefaultSchedule => "0 0 6 1 * ?";

    public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await Task.Yield();
        var period = context.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var accounts = context.Parameters.TryGetValue("accounts", out var list) ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        foreach (var account in accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new FollowUpProposal(account, period, account, "call", $"Monthly call with {account}", "rep", context.Now.AddDays(7), "Planned by the test plugin.");
        }
    }
}
