using System.Data.Common;
using Autofac;
using Crm.Abstractions.FollowUps;
using Crm.Benchmarks.Setup;
using Crm.Module.Data;
using Crm.Module.FollowUps;
using Crm.Module.FollowUps.Rules;
using Crm.Module.Inquiries;
using Crm.Module.Sales.AccountHistory;

namespace Crm.Benchmarks.HotPaths;

/// <summary>
/// What the two follow-up sweep benchmarks share: a copy of the generated database (a sweep writes),
/// every built-in rule switched on with the parameters below, the sweep as Quartz runs it (each rule
/// through <see cref="FollowUpRunner"/>, one after the other), and the baseline's candidate statements,
/// the rules' own SQL with the same parameter values.
/// </summary>
public abstract class FollowUpSweepBenchmark : AddOnBenchmark
{
    // Host.Sample's teams and owners; "manager" takes what has no owner, so every rule proposes.
    private const string Fallback = "manager";

    private ScratchCopy? _copy;
    private IReadOnlyList<IFollowUpRule> _rules = [];
    private FollowUpRunner _runner = null!;

    /// <summary>The rules' candidate statements with their parameters, in the order the sweep runs the rules.</summary>
    private protected IReadOnlyList<(string Rule, string Sql, Dictionary<string, object?> Parameters)> Candidates { get; private set; } = [];

    private protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Crm:FollowUps:Rules:overdue-invoice:Enabled"] = "true",
        ["Crm:FollowUps:Rules:overdue-invoice:Parameters:DaysOverdue"] = "14",
        ["Crm:FollowUps:Rules:overdue-invoice:Parameters:Assignee"] = "finance",
        ["Crm:FollowUps:Rules:order-without-contact:Enabled"] = "true",
        ["Crm:FollowUps:Rules:order-without-contact:Parameters:DaysAfterOrder"] = "7",
        ["Crm:FollowUps:Rules:order-without-contact:Parameters:LookBackDays"] = "60",
        ["Crm:FollowUps:Rules:order-without-contact:Parameters:FallbackAssignee"] = Fallback,
        ["Crm:FollowUps:Rules:dormant-account:Enabled"] = "true",
        ["Crm:FollowUps:Rules:dormant-account:Parameters:MinOrders"] = "4",
        ["Crm:FollowUps:Rules:dormant-account:Parameters:Factor"] = "2",
        ["Crm:FollowUps:Rules:dormant-account:Parameters:LookBackDays"] = "730",
        ["Crm:FollowUps:Rules:dormant-account:Parameters:FallbackAssignee"] = Fallback,
        ["Crm:FollowUps:Rules:inquiry-escalation:Enabled"] = "true",
        ["Crm:FollowUps:Rules:inquiry-escalation:Parameters:FallbackAssignee"] = Fallback,
        ["Crm:FollowUps:Rules:stalled-opportunity:Enabled"] = "true",
        ["Crm:FollowUps:Rules:stalled-opportunity:Parameters:DaysWithoutActivity"] = "14",
    };

    /// <summary>Every built-in rule, each through the runner: what the scheduled jobs together do.</summary>
    private protected async Task<(int Created, int Skipped)> SweepAsync()
    {
        var (created, skipped) = (0, 0);
        foreach (var rule in _rules)
        {
            var run = await _runner.RunAsync(rule, "bench", CancellationToken.None).ConfigureAwait(false);
            if (run.Error is not null)
            {
                throw new InvalidOperationException($"Rule {rule.Code} failed: {run.Error}");
            }

            (created, skipped) = (created + run.Created, skipped + run.Skipped);
        }

        return (created, skipped);
    }

    /// <summary>The baseline's reads: each rule's candidate statement, every row read.</summary>
    private protected async Task<int> ReadCandidatesAsync(DbConnection connection)
    {
        var rows = 0;
        foreach (var (_, sql, parameters) in Candidates)
        {
            using var command = RawCommand.Create(connection, sql, parameters);
            rows += (await RawCommand.ReadAllAsync(command).ConfigureAwait(false)).Count;
        }

        return rows;
    }

    private protected override async Task<BenchmarkTarget> TargetAsync()
    {
        _copy = await ScratchCopy.CreateAsync(BenchmarkTarget.Current).ConfigureAwait(false);
        return _copy.Target;
    }

    protected override Task PrepareAsync()
    {
        var options = AddOn.Container.Resolve<FollowUpOptions>();
        _rules = [.. AddOn.Container.Resolve<IEnumerable<IFollowUpRule>>()];
        var disabled = _rules.Where(rule => !options.Describe(rule).Enabled).Select(rule => rule.Code).ToList();
        if (disabled.Count > 0)
        {
            throw new InvalidOperationException("A built-in rule the sweep benchmark does not switch on: " + string.Join(", ", disabled));
        }

        _runner = AddOn.Container.Resolve<FollowUpRunner>();
        var engine = AddOn.Database.Engine;
        var today = AddOn.Today;
        var now = AddOn.Container.Resolve<TimeProvider>().GetUtcNow();
        var escalationParameters = new Dictionary<string, object?> { ["now"] = DbValues.ToUtcParameter(now) };
        var escalation = RawCommand.ExpandList(engine, Rule<InquiryEscalationRule>().Statement, "open",
            InquiryLifecycle.OpenStatuses.Select(status => status.ToString()).ToArray(), escalationParameters);

        // The values the rules compute from the settings above and the clock (noon of the generated day).
        var statements = new Dictionary<string, (string, Dictionary<string, object?>)>
        {
            ["overdue-invoice"] = (Rule<OverdueInvoiceRule>().Statement, new() { ["cutoff"] = DbValues.ToParameter(today.AddDays(-14)) }),
            ["order-without-contact"] = (Rule<OrderWithoutContactRule>().Statement, new() { ["olderThan"] = DbValues.ToParameter(today.AddDays(-7)), ["since"] = DbValues.ToParameter(today.AddDays(-60)) }),
            ["dormant-account"] = (AddOn.Container.Resolve<OrderDaysReader>().AllAccounts, new() { ["since"] = DbValues.ToParameter(today.AddDays(-730)) }),
            ["inquiry-escalation"] = (escalation, escalationParameters),
            ["stalled-opportunity"] = (StalledOpportunityRule.Statement, []),
        };
        var unknown = _rules.Where(rule => !statements.ContainsKey(rule.Code)).Select(rule => rule.Code).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("A built-in rule without a baseline statement in the sweep benchmark: " + string.Join(", ", unknown));
        }

        Candidates = [.. _rules.Select(rule => (rule.Code, statements[rule.Code].Item1, statements[rule.Code].Item2))];
        return PrepareSweepAsync();
    }

    /// <summary>What the class measures from: run after the add-on and the candidates are ready.</summary>
    private protected abstract Task PrepareSweepAsync();

    protected override async Task ReleaseAsync()
    {
        if (_copy is not null)
        {
            await _copy.Drop().ConfigureAwait(false);
            _copy = null;
        }
    }

    private T Rule<T>()
        where T : IFollowUpRule => AddOn.Container.Resolve<IEnumerable<IFollowUpRule>>().OfType<T>().Single();
}
