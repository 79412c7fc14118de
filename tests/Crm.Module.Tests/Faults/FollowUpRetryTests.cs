using System.Runtime.CompilerServices;
using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.FollowUps;
using Crm.Module.FollowUps;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Crm.Module.Tests.Faults;

/// <summary>
/// A follow-up rule run that meets a real passing database fault part-way is run again with backoff:
/// what its first attempt created is kept and skipped by the second, nothing is created twice, and
/// its record ends finished, counting each follow-up as created once.
/// </summary>
[TestClass]
public sealed class FollowUpRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_rule_run_that_meets_a_passing_fault_completes_without_duplicates(DatabaseEngine engine)
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Database:JobRetryDelay"] = "00:00:00.05";
        settings["Crm:FollowUps:BatchSize"] = "1";
        await using var run = await AddOnOnDatabase.StartAsync(
            engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.Date)),
            settings,
            new FixedClock(Now, TimeZoneInfo.Utc),
            builder => builder.RegisterType<FaultedRule>().AsSelf().As<IFollowUpRule>().SingleInstance());
        var rule = run.AddOn.Container.Resolve<FaultedRule>();

        var result = await run.AddOn.Container.Resolve<FollowUpRunner>().RunAsync(rule, "test-node", CancellationToken.None);

        Assert.AreEqual((2, 0, null, 2), (result.Created, result.Skipped, result.Error, rule.Attempts));
        await using var connection = run.Database.CreateConnection();
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_follow_ups WHERE rule_code = @Code", new { Code = FaultedRule.RuleCode }));
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM crm_activities WHERE subject LIKE 'Faulted follow-up%'"));
        var record = await connection.QuerySingleAsync<(int Created, int Skipped, string? Error)>("SELECT created, skipped, error FROM crm_follow_up_runs WHERE rule_code = @Code", new { Code = FaultedRule.RuleCode });
        Assert.AreEqual((2, 0, (string?)null), record);
    }

    /// <summary>
    /// Proposes two follow-ups. Its first attempt fails after the first: on PostgreSQL its reading
    /// session is ended by the server (after the first proposal's batch was committed); on SQLite, which
    /// reads all proposals before writing, another connection holds the write lock past the busy timeout.
    /// </summary>
    private sealed class FaultedRule(IErpDatabase database) : IFollowUpRule
    {
        public const string RuleCode = "test-faulted";

        public string Code => RuleCode;

        public string Name => "Two follow-ups through a failing database";

        public string DefaultSchedule => "0 0 6 * * ?";

        public int Attempts { get; private set; }

        public async IAsyncEnumerable<FollowUpProposal> ProposeAsync(FollowUpRuleContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var first = ++Attempts == 1;
            yield return Proposal(1);
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            if (first && database.Engine == DatabaseEngine.PostgreSql)
            {
                await connection.ExecuteAsync("SELECT pg_terminate_backend(pg_backend_pid())");
            }

            if (first && database.Engine == DatabaseEngine.Sqlite)
            {
                await using var holder = database.CreateConnection();
                await holder.OpenAsync(cancellationToken);
                await holder.ExecuteAsync("BEGIN IMMEDIATE");
                ((SqliteConnection)connection).DefaultTimeout = 1;
                await connection.ExecuteAsync("CREATE TABLE fault_rule_probe (x INTEGER)");
            }

            yield return Proposal(2);
        }

        private static FollowUpProposal Proposal(int n) =>
            new($"faulted:{n}", "2026-11", "C10001", "task", $"Faulted follow-up {n}", "rep", new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), null);
    }
}
