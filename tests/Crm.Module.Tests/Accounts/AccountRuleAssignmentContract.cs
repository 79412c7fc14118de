using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Accounts;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Opportunities;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Accounts;

/// <summary>
/// Giving unowned accounts owners by the rules, on Host.Sample's 40 seeded demo customers (DE, AT,
/// CH, KR, US, GB), in batches of 7: German postal codes 10–49 go to rep, Korea to rep3 (South, not
/// the manager's team), everything else takes turns between rep and rep2. Expectations come from
/// the ERP's and CRM's own tables with the territories applied here in C#.
/// </summary>
public abstract class AccountRuleAssignmentContract
{
    private const int BatchSize = 7;
    private const string TurnSequence = "sales-assignment:round-robin";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Pool = ["rep", "rep2"];

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private IAccountOwners Owners => AddOn.Container.Resolve<IAccountOwners>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), Settings(), new FixedClock(Now));
        SignIn(AddOn, "root", CrmRoles.Admin);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_dry_run_writes_nothing_and_reports_what_an_independent_computation_expects()
    {
        var (owned, cleared) = await PreassignAsync();
        await SetTurnsGivenAsync(3);
        var before = await SnapshotAsync();

        var run = await Owners.AssignByRulesAsync(dryRun: true);

        Assert.AreEqual(before, await SnapshotAsync(), "a dry run writes nothing and takes no turn");
        var expected = await ExpectedAsync(firstTurn: 4);
        Assert.IsFalse(expected.Any(e => e.Key == owned), "an owned account is not examined");
        Assert.IsTrue(expected.Any(e => e.Key == cleared), "an account whose owner was cleared is unowned");
        AssertMatches(expected, run, dryRun: true);
    }

    [TestMethod]
    public async Task A_real_run_assigns_exactly_the_unowned_accounts_in_batches_and_a_second_run_nothing()
    {
        var (owned, cleared) = await PreassignAsync();
        var expected = await ExpectedAsync(firstTurn: 1);

        var run = await Owners.AssignByRulesAsync(dryRun: false);

        AssertMatches(expected, run, dryRun: false);
        Assert.AreEqual((expected.Count + BatchSize - 1) / BatchSize, run.Batches);
        var stored = await StoredAsync();
        foreach (var (key, owner, _) in expected)
        {
            var version = key == cleared ? 3 : 1;
            Assert.AreEqual((owner, version, "root"), (stored[key].Owner, stored[key].Version, stored[key].UpdatedBy), key);
        }

        Assert.AreEqual(("rep3", 1, "boss"), (stored[owned].Owner, stored[owned].Version, stored[owned].UpdatedBy), "an existing owner is kept");
        Assert.AreEqual((long)expected.Count(e => e.Rule == OwnerRule.RoundRobin), await TurnsGivenAsync(), "one turn per round-robin account");
        Assert.AreEqual(await CountAsync("erp_customers"), (long)stored.Count(s => s.Value.Owner is not null), "every account has an owner");

        var again = await Owners.AssignByRulesAsync(dryRun: false);
        Assert.AreEqual((0, 0, 0), (again.Unowned, again.Assigned, again.Batches), "idempotent");
        Assert.AreEqual(stored.Count, (await StoredAsync()).Count);
    }

    [TestMethod]
    public async Task Round_robin_spreads_evenly_over_the_pool()
    {
        var run = await Owners.AssignByRulesAsync(dryRun: false);

        var turns = run.FirstAccounts.Where(a => a.Rule == OwnerRule.RoundRobin).ToList();
        Assert.IsGreaterThan(2, turns.Count, "the demo data has accounts outside every territory");
        CollectionAssert.AreEqual(
            turns.Select((_, i) => Pool[i % Pool.Length]).ToList(), turns.Select(a => a.Owner).ToList(), "turns alternate in key order");
        var perOwner = turns.GroupBy(a => a.Owner).Select(g => g.Count()).ToList();
        Assert.IsLessThanOrEqualTo(1, perOwner.Max() - perOwner.Min());
    }

    [TestMethod]
    public async Task Two_hosts_running_at_once_assign_each_account_once_and_overwrite_nothing()
    {
        var expectedKeys = (await ExpectedAsync(firstTurn: 1)).Select(e => e.Key).ToHashSet();
        await using var secondHost = await AddOnUnderTest.StartAsync(_run!.Database, Settings(), new FixedClock(Now));
        SignIn(secondHost, "admin2", CrmRoles.Admin);

        var runs = await Task.WhenAll(new[] { AddOn, secondHost }.Select(host => Task.Run(async () =>
        {
            await using var scope = host.Container.BeginLifetimeScope();
            return await scope.Resolve<IAccountOwners>().AssignByRulesAsync(dryRun: false);
        })));

        var assigned = runs.SelectMany(r => r.FirstAccounts.Where(a => a.Outcome == OwnerRuleOutcome.Assigned)
            .Select(a => (a.AccountKey, a.Owner, By: r == runs[0] ? "root" : "admin2"))).ToList();
        Assert.HasCount(expectedKeys.Count, assigned, "each account assigned by exactly one run");
        CollectionAssert.AreEquivalent(expectedKeys.ToList(), assigned.Select(a => a.AccountKey).ToList());
        Assert.AreEqual(0, runs.Sum(r => r.OutsideYourTeams + r.NoRule));
        var stored = await StoredAsync();
        foreach (var (key, owner, by) in assigned)
        {
            Assert.AreEqual((owner, 1, by), (stored[key].Owner, stored[key].Version, stored[key].UpdatedBy), $"{key}: written once, by the run that reports it");
        }

        Assert.AreEqual((long)runs.Sum(r => r.FirstAccounts.Count(a => a.Rule == OwnerRule.RoundRobin)), await TurnsGivenAsync(), "a turn per round-robin account each run examined");
    }

    [TestMethod]
    public async Task An_owner_set_meanwhile_wins_over_the_rule()
    {
        var key = (await ExpectedAsync(firstTurn: 1))[0].Key;
        var claims = AddOn.Container.Resolve<AccountClaims>();
        SignIn(AddOn, "boss", CrmRoles.SalesManager);
        await Owners.AssignAsync(key, "rep2", 0);

        await using var connection = await _run!.Database.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.IsFalse(await claims.ClaimAsync(connection, transaction, key, 0, "rep", "rule", Now, CancellationToken.None), "version 0 read before the manual assignment");
            await transaction.CommitAsync();
        }

        await Owners.AssignAsync(key, null, 1);
        await Owners.AssignAsync(key, "rep3", 2);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.IsFalse(await claims.ClaimAsync(connection, transaction, key, 2, "rep", "rule", Now, CancellationToken.None), "unowned at version 2, owned since");
            await transaction.CommitAsync();
        }

        var assignment = await Owners.GetAsync(key);
        Assert.AreEqual(("rep3", 3, "boss"), (assignment.OwnerUserName, assignment.Version, assignment.UpdatedBy));
    }

    [TestMethod]
    public async Task A_manager_assigns_only_to_their_teams_and_the_rest_is_reported_skipped()
    {
        var expected = await ExpectedAsync(firstTurn: 1);
        SignIn(AddOn, "manager", CrmRoles.SalesManager);

        var dry = await Owners.AssignByRulesAsync(dryRun: true);
        var run = await Owners.AssignByRulesAsync(dryRun: false);

        var korean = expected.Where(e => e.Owner == "rep3").Select(e => e.Key).ToList();
        Assert.IsNotEmpty(korean);
        foreach (var result in new[] { dry, run })
        {
            Assert.AreEqual((korean.Count, expected.Count - korean.Count), (result.OutsideYourTeams, result.Assigned));
            CollectionAssert.AreEquivalent(korean, result.FirstAccounts.Where(a => a.Outcome == OwnerRuleOutcome.OutsideYourTeams).Select(a => a.AccountKey).ToList());
        }

        var stored = await StoredAsync();
        Assert.IsTrue(korean.All(k => !stored.ContainsKey(k)), "skipped accounts stay unowned");
        Assert.IsTrue(stored.Values.All(s => s.Owner is "rep" or "rep2"));

        SignIn(AddOn, "root", CrmRoles.Admin);
        var admin = await Owners.AssignByRulesAsync(dryRun: false);
        Assert.AreEqual((korean.Count, korean.Count), (admin.Unowned, admin.Assigned), "an Admin hands out the rest");
        Assert.IsTrue(admin.FirstAccounts.All(a => a.Owner == "rep3"));
    }

    [TestMethod]
    [DataRow(CrmRoles.SalesRep)]
    [DataRow(CrmRoles.Finance)]
    [DataRow(CrmRoles.OrderClerk)]
    public async Task Only_managers_and_admins_may_assign_by_rule(string role)
    {
        SignIn(AddOn, "someone", role);
        var before = await SnapshotAsync();

        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Owners.AssignByRulesAsync(dryRun: true));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Owners.AssignByRulesAsync(dryRun: false));

        AddOn.User.IsAuthenticated = false;
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Owners.AssignByRulesAsync(dryRun: false));
        Assert.AreEqual(before, await SnapshotAsync());
    }

    [TestMethod]
    public async Task An_opportunity_on_an_unowned_account_makes_its_owner_the_accounts()
    {
        var keys = (await ExpectedAsync(firstTurn: 1)).Select(e => e.Key).Take(4).ToList();
        var opportunities = AddOn.Container.Resolve<IOpportunityService>();
        SignIn(AddOn, "manager", CrmRoles.SalesManager);
        await Owners.AssignAsync(keys[1], "rep2", 0);
        await Owners.AssignAsync(keys[2], "rep2", 0);
        await Owners.AssignAsync(keys[2], null, 1);

        SignIn(AddOn, "rep", CrmRoles.SalesRep);
        await opportunities.CreateAsync(new CreateOpportunity("First deal", 100m, new DateOnly(2027, 1, 31), keys[0]));
        await opportunities.CreateAsync(new CreateOpportunity("Someone else's customer", 100m, new DateOnly(2027, 1, 31), keys[1]));
        await opportunities.CreateAsync(new CreateOpportunity("Cleared owner", 100m, new DateOnly(2027, 1, 31), keys[2]));
        SignIn(AddOn, "manager", CrmRoles.SalesManager);
        await opportunities.CreateAsync(new CreateOpportunity("For my rep", 100m, new DateOnly(2027, 1, 31), keys[3], Owner: "rep2"));
        await opportunities.CreateAsync(new CreateOpportunity("Second deal", 100m, new DateOnly(2027, 1, 31), keys[0], Owner: "rep2"));

        var stored = await StoredAsync();
        var snapshot = await SnapshotAsync();
        Assert.AreEqual(("rep", 1, "rep"), stored[keys[0]], "the first opportunity's owner; a later one changes nothing");
        Assert.AreEqual(("rep2", 1, "manager"), stored[keys[1]], "an owned account keeps its owner");
        Assert.AreEqual(("rep", 3, "rep"), stored[keys[2]], "a cleared owner is unowned");
        Assert.AreEqual(("rep2", 1, "manager"), stored[keys[3]], "the opportunity's owner, recorded as set by its creator");
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => opportunities.CreateAsync(new CreateOpportunity("Not mine to give", 1m, new DateOnly(2027, 1, 31), keys[3], Owner: "rep3")));
        Assert.AreEqual(snapshot, await SnapshotAsync(), "a refused opportunity claims nothing");
    }

    private static Dictionary<string, string?> Settings()
    {
        var settings = OpportunityTestBase.Settings();
        settings["Crm:Sales:Assignment:Territories:0:Countries:0"] = "DE";
        settings["Crm:Sales:Assignment:Territories:0:PostalFrom"] = "10";
        settings["Crm:Sales:Assignment:Territories:0:PostalTo"] = "49";
        settings["Crm:Sales:Assignment:Territories:0:Owner"] = "rep";
        settings["Crm:Sales:Assignment:Territories:1:Countries:0"] = "KR";
        settings["Crm:Sales:Assignment:Territories:1:Owner"] = "rep3";
        settings["Crm:Sales:Assignment:RoundRobin:0"] = Pool[0];
        settings["Crm:Sales:Assignment:RoundRobin:1"] = Pool[1];
        settings["Crm:Sales:Assignment:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    private static void SignIn(AddOnUnderTest host, string userName, params string[] roles)
    {
        host.User.IsAuthenticated = true;
        host.User.UserName = userName;
        host.User.SetRoles(roles);
    }

    // The territories of Settings(), applied independently: postal bounds compare as prefixes.
    private static string? TerritoryOwner(string? country, string? postalCode) => country?.Trim() switch
    {
        "DE" when postalCode?.Trim() is { Length: >= 2 } code && string.CompareOrdinal(code[..2], "10") >= 0 && string.CompareOrdinal(code[..2], "49") <= 0 => "rep",
        "KR" => "rep3",
        _ => null,
    };

    private static void AssertMatches(List<(string Key, string Owner, OwnerRule Rule)> expected, OwnerRuleRun run, bool dryRun)
    {
        Assert.AreEqual((dryRun, expected.Count, expected.Count, 0, 0, 0), (run.DryRun, run.Unowned, run.Assigned, run.NoRule, run.OutsideYourTeams, run.TakenMeanwhile));
        CollectionAssert.AreEqual(
            expected.Take(OwnerRuleRun.FirstPageSize).ToList(),
            run.FirstAccounts.Select(a => (a.AccountKey, a.Owner!, a.Rule)).ToList());
        CollectionAssert.AreEqual(
            expected.GroupBy(e => e.Owner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new OwnerRuleCount(g.Key, g.Count())).ToList(),
            run.PerOwner.ToList());
    }

    // Accounts without an owner, in key order, with the owner the rules give them when the pool's
    // next turn is firstTurn.
    private async Task<List<(string Key, string Owner, OwnerRule Rule)>> ExpectedAsync(long firstTurn)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var unowned = (await connection.QueryAsync<(string Key, string? Country, string? PostalCode)>(
                """
                SELECT c.customer_no, c.country, c.postal_code FROM erp_customers c
                WHERE NOT EXISTS (SELECT 1 FROM crm_accounts a WHERE a.account_key = c.customer_no AND a.owner_user_name IS NOT NULL)
                """))
            .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var turn = firstTurn;
        return [.. unowned.Select(c => TerritoryOwner(c.Country, c.PostalCode) is { } owner
            ? (c.Key, owner, OwnerRule.Territory)
            : (c.Key, Pool[(int)((turn++ - 1) % Pool.Length)], OwnerRule.RoundRobin))];
    }

    // One account owned by rep3 and one whose owner was cleared (row kept, owner null, version 2).
    private async Task<(string Owned, string Cleared)> PreassignAsync()
    {
        var keys = (await ExpectedAsync(firstTurn: 1)).Select(e => e.Key).ToList();
        SignIn(AddOn, "boss", CrmRoles.Admin);
        await Owners.AssignAsync(keys[2], "rep3", 0);
        await Owners.AssignAsync(keys[5], "rep", 0);
        await Owners.AssignAsync(keys[5], null, 1);
        SignIn(AddOn, "root", CrmRoles.Admin);
        return (keys[2], keys[5]);
    }

    private async Task SetTurnsGivenAsync(long value)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO crm_sequences (name, value) VALUES (@name, @value)", new { name = TurnSequence, value });
    }

    private async Task<long> TurnsGivenAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long?>("SELECT value FROM crm_sequences WHERE name = @name", new { name = TurnSequence }) ?? 0;
    }

    private async Task<Dictionary<string, (string? Owner, int Version, string UpdatedBy)>> StoredAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return (await connection.QueryAsync<(string Key, string? Owner, int Version, string UpdatedBy)>(
                "SELECT account_key, owner_user_name, version, updated_by FROM crm_accounts"))
            .ToDictionary(r => r.Key, r => (r.Owner, r.Version, r.UpdatedBy));
    }

    private async Task<string> SnapshotAsync()
    {
        var stored = await StoredAsync();
        return string.Join(";", stored.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")) + $"|turns={await TurnsGivenAsync()}";
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}

[TestClass]
public sealed class SqliteAccountRuleAssignmentTests : AccountRuleAssignmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresAccountRuleAssignmentTests : AccountRuleAssignmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerAccountRuleAssignmentTests : AccountRuleAssignmentContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
