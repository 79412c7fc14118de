using System.Globalization;
using Autofac;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Sales.Opportunities;
using Dapper;

namespace Crm.Module.Tests.Sales.Forecast;

/// <summary>
/// The forecast on the seeded demo ERP, with opportunities worked over four months (the clock runs
/// from 24 November 2026 to 10 January 2027, some timestamps set by hand onto month boundaries),
/// crafted ERP orders, account owners and targets. Every part is checked against a computation of
/// its own: the raw rows read with plain SQL and the figures worked out here in C#.
/// </summary>
public abstract class ForecastContract : OpportunityTestBase
{
    private static readonly ForecastQuery Range = new("2026-09", "2027-02");

    private ISalesForecasts Forecasts => Run.AddOn.Container.Resolve<ISalesForecasts>();

    [TestMethod]
    public async Task Every_reader_and_filter_gets_what_an_independent_computation_of_the_raw_rows_gives()
    {
        await BuildScenarioAsync();
        var everyone = (IReadOnlyList<string>?)null;
        var cases = new (string User, string Role, ForecastQuery Query, IReadOnlyList<string>? Visible)[]
        {
            ("frieda", CrmRoles.Finance, Range, everyone),
            ("root", CrmRoles.Admin, Range, everyone),
            ("rep", CrmRoles.SalesRep, Range, ["rep"]),
            ("rep2", CrmRoles.SalesRep, Range, ["rep2"]),
            ("manager", CrmRoles.SalesManager, Range, ["manager", "rep", "rep2"]),
            ("boss2", CrmRoles.SalesManager, Range, ["boss2", "rep3"]),
            ("frieda", CrmRoles.Finance, Range with { Pipeline = "service" }, everyone),
            ("frieda", CrmRoles.Finance, Range with { Owner = "rep2" }, everyone),
            ("frieda", CrmRoles.Finance, Range with { Pipeline = "new-business", Owner = "rep" }, everyone),
            ("manager", CrmRoles.SalesManager, Range with { Owner = "rep" }, ["manager", "rep", "rep2"]),
            ("manager", CrmRoles.SalesManager, Range with { Owner = "rep3" }, ["manager", "rep", "rep2"]),
            ("rep", CrmRoles.SalesRep, Range with { Owner = "rep2" }, ["rep"]),
            ("frieda", CrmRoles.Finance, new ForecastQuery("2026-12", "2026-12"), everyone),
            ("frieda", CrmRoles.Finance, new ForecastQuery("2027-03", "2027-03"), everyone),
        };

        await using var connection = await Run.Database.OpenConnectionAsync();
        var raw = await RawRows.ReadAsync(connection);
        foreach (var (userName, role, query, visible) in cases)
        {
            SignIn(userName, role);
            var actual = await Forecasts.GetAsync(query);
            var expected = raw.Forecast(query, visible);
            var label = $"{userName} ({role}) {query}";
            Assert.AreEqual(query, actual.Query, label);
            AssertSame(expected.Lines, actual.Lines, "Lines of " + label);
            AssertSame(expected.Periods, actual.Periods, "Periods of " + label);
            AssertSame(expected.WinRates, actual.WinRates, "WinRates of " + label);
            AssertSame(expected.StageTimes, actual.StageTimes, "StageTimes of " + label);
            AssertSame(expected.SlippedDeals, actual.SlippedDeals, "SlippedDeals of " + label);
        }
    }

    [TestMethod]
    public async Task The_figures_of_the_scenario_are_the_ones_worked_out_by_hand()
    {
        var deals = await BuildScenarioAsync();
        SignIn("frieda", CrmRoles.Finance);
        var forecast = await Forecasts.GetAsync(Range);

        ForecastLine Line(string month, string owner, string pipeline, string currency) =>
            forecast.Lines.Single(l => (l.Month, l.Owner, l.Pipeline, l.Currency) == (month, owner, pipeline, currency));

        // Open by expected close month, won by the month of winning; a won deal is not open.
        Assert.AreEqual(new ForecastLine("2026-12", "rep", "new-business", "EUR", 1, 500m, 50m, 2, 3735.06m), Line("2026-12", "rep", "new-business", "EUR"));
        Assert.AreEqual(new ForecastLine("2026-12", "rep", "new-business", "USD", 1, 300m, 30m, 0, 0m), Line("2026-12", "rep", "new-business", "USD"), "another currency, another line");
        Assert.AreEqual(new ForecastLine("2027-01", "rep", "service", "USD", 1, 1005m, 331.65m, 0, 0m), Line("2027-01", "rep", "service", "USD"), "1005 × 33 % has cents");
        Assert.AreEqual(new ForecastLine("2027-01", "rep", "new-business", "EUR", 2, 10650m, 7065m, 0, 0m), Line("2027-01", "rep", "new-business", "EUR"), "a at 70 %, j at 10 %");
        Assert.AreEqual(new ForecastLine("2026-12", "rep2", "new-business", "KRW", 1, 3_000_000m, 300_000m, 0, 0m), Line("2026-12", "rep2", "new-business", "KRW"), "the first day of the month");
        Assert.AreEqual(new ForecastLine("2026-11", "rep2", "new-business", "EUR", 0, 0m, 0m, 1, 1500m), Line("2026-11", "rep2", "new-business", "EUR"), "won half a second before December");
        Assert.AreEqual(new ForecastLine("2027-01", "rep3", "service", "USD", 0, 0m, 0m, 1, 4000m), Line("2027-01", "rep3", "service", "USD"));
        Assert.AreEqual(new ForecastLine("2027-02", "rep3", "new-business", "EUR", 1, 1234.5678m, 407.4074m, 0, 0m), Line("2027-02", "rep3", "new-business", "EUR"), "407.407374, to four places");
        Assert.IsFalse(forecast.Lines.Any(l => l.Owner == "rep3" && l.Pipeline == "new-business" && l.WonCount > 0), "won on the first instant after the range");
        Assert.IsFalse(forecast.Lines.Any(l => l.Owner == "rep2" && l.Month == "2027-02"), "closing in March: outside the range");

        // Periods: targets and orders beside the pipeline, per currency; unowned accounts' orders under no owner.
        var repDecember = forecast.Periods.Single(p => (p.Month, p.Owner, p.Currency) == ("2026-12", "rep", "EUR"));
        Assert.AreEqual((50m, 3735.06m, (decimal?)20_000m), (repDecember.WeightedAmount, repDecember.WonAmount, repDecember.Target));
        Assert.AreEqual((1000m, 1), (repDecember.OrderRevenue, repDecember.OrderCount), "the order of 1 December counts, the Cancelled and cancelled ones do not");
        Assert.AreEqual((250.75m, 1), forecast.Periods.Where(p => (p.Month, p.Owner, p.Currency) == ("2027-02", "rep", "EUR")).Select(p => (p.OrderRevenue, p.OrderCount)).Single(), "the last day of the range, not the first day after it");
        Assert.AreEqual((decimal?)5000m, forecast.Periods.Single(p => (p.Month, p.Owner, p.Currency) == ("2027-01", "rep", "USD")).Target);
        Assert.AreEqual((decimal?)null, forecast.Periods.Single(p => (p.Month, p.Owner, p.Currency) == ("2026-12", "rep", "USD")).Target, "no USD target for December");
        var unowned = forecast.Periods.Where(p => p.Owner is null).ToList();
        Assert.IsNotEmpty(unowned, "finance sees the orders of accounts nobody owns");
        Assert.IsTrue(unowned.All(p => p.WeightedAmount == 0 && p.WonAmount == 0 && p.Target is null && p.OrderCount > 0));
        Assert.IsTrue(unowned.Any(p => (p.Month, p.Currency, p.OrderCount, p.OrderRevenue) == ("2027-01", "USD", 1, 77m)));

        // Win rates: everyone first, then per owner.
        CollectionAssert.AreEqual(
            new[] { new WinRate(null, 4, 2, 0.6667m), new WinRate("rep", 2, 0, 1m), new WinRate("rep2", 1, 1, 0.5m), new WinRate("rep3", 1, 1, 0.5m) },
            forecast.WinRates.ToArray(),
            string.Join("; ", forecast.WinRates));

        // Stage times over the stays that ended in the range, in calendar days.
        CollectionAssert.AreEqual(
            new[]
            {
                new StageTime("new-business", "lead", 6, 13.67m),
                new StageTime("new-business", "negotiation", 1, 11m),
                new StageTime("new-business", "proposal", 2, 25.5m),
                new StageTime("service", "quote", 1, 40m),
            },
            forecast.StageTimes.ToArray(),
            string.Join("; ", forecast.StageTimes));

        // Slipped: the first close date in the range, moved later, still later now.
        CollectionAssert.AreEqual(
            new[] { (deals["a"], "Open", new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 20), 1, 36), (deals["b"], "Won", new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 15), 1, 15), (deals["h"], "Lost", new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), 2, 28), (deals["i"], "Open", new DateOnly(2026, 10, 31), new DateOnly(2026, 12, 20), 1, 50) },
            forecast.SlippedDeals.Select(s => (s.OpportunityId, s.Status, s.OriginalCloseDate, s.CurrentCloseDate, s.TimesMovedLater, s.DaysSlipped)).ToArray(),
            string.Join("; ", forecast.SlippedDeals));
        CollectionAssert.AreEqual(
            new[] { deals["a"], deals["b"] },
            (await Forecasts.GetAsync(new ForecastQuery("2026-12", "2026-12"))).SlippedDeals.Select(s => s.OpportunityId).ToArray(),
            "j came back to its date, g moved earlier, h and i were due in other months");
        var h = forecast.SlippedDeals.Single(s => s.OpportunityId == deals["h"]);
        Assert.AreEqual(("Prospect deal", "rep3", 1200m, "EUR"), (h.Name, h.Owner, h.Amount, h.Currency), "a prospect's deal slips like any other");

        var service = await Forecasts.GetAsync(Range with { Pipeline = "service" });
        Assert.IsTrue(service.Lines.All(l => l.Pipeline == "service"));
        Assert.AreEqual(new WinRate(null, 1, 0, 1m), service.WinRates[0]);
        Assert.IsEmpty(service.SlippedDeals);
    }

    [TestMethod]
    public async Task A_rep_sees_their_own_figures_a_manager_the_teams_and_a_clerk_none()
    {
        await BuildScenarioAsync();

        SignIn("rep", CrmRoles.SalesRep);
        var own = await Forecasts.GetAsync(Range);
        Assert.IsTrue(own.Lines.All(l => l.Owner == "rep") && own.Periods.All(p => p.Owner == "rep") && own.SlippedDeals.All(s => s.Owner == "rep"));
        Assert.IsTrue(own.Periods.Any(p => p.OrderCount > 0), "the orders of the accounts the rep owns");
        CollectionAssert.AreEqual(new string?[] { null, "rep" }, own.WinRates.Select(r => r.Owner).ToArray());
        var otherRep = await Forecasts.GetAsync(Range with { Owner = "rep2" });
        Assert.IsTrue(otherRep.Lines.Count == 0 && otherRep.Periods.Count == 0 && otherRep.SlippedDeals.Count == 0 && otherRep.StageTimes.Count == 0, "another rep's figures are not the rep's to read");

        SignIn("manager", CrmRoles.SalesManager);
        var team = await Forecasts.GetAsync(Range);
        CollectionAssert.AreEquivalent(new[] { "rep", "rep2" }, team.Lines.Select(l => l.Owner).Distinct().ToArray());
        Assert.IsTrue(team.Periods.All(p => p.Owner is "rep" or "rep2"), "no other team's, and no unowned accounts' orders");

        SignIn("boss2", CrmRoles.SalesManager);
        CollectionAssert.AreEquivalent(new[] { "rep3" }, (await Forecasts.GetAsync(Range)).Lines.Select(l => l.Owner).Distinct().ToArray());

        SignIn("clara", CrmRoles.OrderClerk);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Forecasts.GetAsync(Range));
        Run.AddOn.User.IsAuthenticated = false;
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Forecasts.GetAsync(Range));
    }

    [TestMethod]
    [DataRow("2026-13", "2027-01", "from")]
    [DataRow("", "2027-01", "from")]
    [DataRow("2026-1", "2027-01", "from")]
    [DataRow("2026-11", "2027/01", "to")]
    [DataRow("2026-11", "", "to")]
    [DataRow("2026-11", "2026-10", "to")]
    [DataRow("2024-01", "2027-01", "to")]
    public async Task A_bad_month_or_range_is_named(string from, string to, string field)
    {
        SignIn("frieda", CrmRoles.Finance);
        var bad = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Forecasts.GetAsync(new ForecastQuery(from, to)));
        CollectionAssert.AreEqual(new[] { field }, bad.Errors.Keys.ToArray(), string.Join("; ", bad.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    [TestMethod]
    public async Task Both_bad_months_are_named_at_once_and_36_months_are_allowed()
    {
        SignIn("frieda", CrmRoles.Finance);
        var bad = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Forecasts.GetAsync(new ForecastQuery("soon", "later")));
        CollectionAssert.AreEquivalent(new[] { "from", "to" }, bad.Errors.Keys.ToArray());

        var longest = await Forecasts.GetAsync(new ForecastQuery("2024-01", "2026-12"));
        Assert.AreEqual(("2024-01", "2026-12"), (longest.Query.FromMonth, longest.Query.ToMonth));
        Assert.IsTrue(longest.Periods.Count > 0 && longest.Periods.All(p => p.Owner is null), "three years of the demo ERP's orders, nobody owns an account yet");
        Assert.AreEqual(new WinRate(null, 0, 0, null), longest.WinRates.Single());
    }

    [TestMethod]
    public async Task Without_a_range_the_forecast_covers_two_months_back_and_three_ahead()
    {
        SignIn("frieda", CrmRoles.Finance);
        At(new DateOnly(2026, 11, 24));

        var opened = await Forecasts.GetAsync(new ForecastQuery(string.Empty, string.Empty));

        Assert.AreEqual(("2026-09", "2027-02"), (opened.Query.FromMonth, opened.Query.ToMonth));
    }

    private static void AssertSame<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, string what)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{what} differ.\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual)}");
        }
    }

    // The scenario, by letter: rep works a–d, i, j, m on their account; rep2 e, f, k, l on theirs;
    // rep3 g, n, o on theirs and h on a prospect. Returns the opportunity ids by letter.
    private async Task<Dictionary<string, long>> BuildScenarioAsync()
    {
        await using var connection = await Run.Database.OpenConnectionAsync();
        var customers = (await connection.QueryAsync<string>("SELECT customer_no FROM erp_customers ORDER BY customer_no")).ToList();
        var (repAccount, rep2Account, rep3Account, unownedAccount) = (customers[0], customers[1], customers[2], customers[3]);

        SignIn("root", CrmRoles.Admin);
        var owners = Run.AddOn.Container.Resolve<IAccountOwners>();
        await owners.AssignAsync(repAccount, "rep", 0);
        await owners.AssignAsync(rep2Account, "rep2", 0);
        await owners.AssignAsync(rep3Account, "rep3", 0);
        var formerlyOwned = await owners.AssignAsync(customers[4], "rep", 0);
        await owners.AssignAsync(customers[4], null, formerlyOwned.Version);

        SignIn("manager", CrmRoles.SalesManager);
        var targets = Run.AddOn.Container.Resolve<ISalesTargets>();
        await targets.SetAsync("rep", "2026-12", "EUR", 20_000m, 0);
        await targets.SetAsync("rep", "2027-01", "USD", 5_000m, 0);
        await targets.SetAsync("rep2", "2026-12", "KRW", 5_000_000m, 0);
        await targets.SetAsync("rep2", "2026-08", "EUR", 1m, 0);
        SignIn("boss2", CrmRoles.SalesManager);
        await targets.SetAsync("rep3", "2027-01", "EUR", 3_000m, 0);
        await targets.SetAsync("rep3", "2027-03", "EUR", 1m, 0);

        await CraftedOrders.AddAsync(Run.Database, repAccount, new DateOnly(2026, 12, 1), "EUR", 1000m);
        await CraftedOrders.AddAsync(Run.Database, repAccount, new DateOnly(2027, 2, 28), "EUR", 250.75m);
        await CraftedOrders.AddAsync(Run.Database, repAccount, new DateOnly(2027, 3, 1), "EUR", 99m);
        await CraftedOrders.AddAsync(Run.Database, repAccount, new DateOnly(2026, 12, 15), "EUR", 5000m, status: "Cancelled");
        await CraftedOrders.AddAsync(Run.Database, repAccount, new DateOnly(2026, 12, 16), "EUR", 6000m, status: "cancelled");
        await CraftedOrders.AddAsync(Run.Database, rep2Account, new DateOnly(2027, 1, 5), "KRW", 1_250_000m);
        await CraftedOrders.AddAsync(Run.Database, unownedAccount, new DateOnly(2027, 1, 31), "USD", 77m);
        await CraftedOrders.AddAsync(Run.Database, customers[4], new DateOnly(2027, 2, 1), "EUR", 12.5m);

        var deals = new Dictionary<string, long>();
        var versions = new Dictionary<string, int>();
        var prospect = await InsertProspectAsync("Prospect without an ERP account");
        async Task Create(string key, string owner, string name, decimal amount, DateOnly close, string? account, string? pipeline = null, string? stage = null, string? currency = null, int? probability = null)
        {
            SignIn(owner, CrmRoles.SalesRep);
            var created = (await Opportunities.CreateAsync(new CreateOpportunity(
                name, amount, close, account, account is null ? prospect : null, pipeline, stage, currency, probability))).Opportunity;
            (deals[key], versions[key]) = (created.Id, created.Version);
        }

        async Task Do(string key, Func<long, int, Task<Opportunity>> change)
        {
            var owner = (await AsAdmin(() => Opportunities.GetAsync(deals[key]))).Owner;
            SignIn(owner, CrmRoles.SalesRep);
            versions[key] = (await change(deals[key], versions[key])).Version;
        }

        Task Move(string key, DateOnly close) => Do(key, (id, v) => Opportunities.UpdateAsync(id, new UpdateOpportunity(v, ExpectedCloseDate: close)));
        Task Stage(string key, string stage) => Do(key, (id, v) => Opportunities.MoveStageAsync(id, stage, v));
        Task Win(string key) => Do(key, (id, v) => Opportunities.WinAsync(id, v));
        Task Lose(string key) => Do(key, (id, v) => Opportunities.LoseAsync(id, "price", null, v));

        // 24 November 2026
        await Create("a", "rep", "Packaging line", 10_000m, new DateOnly(2026, 12, 15), repAccount);
        await Create("b", "rep", "Conveyor", 2500.50m, new DateOnly(2026, 12, 31), repAccount, stage: "negotiation");
        await Create("c", "rep", "Maintenance", 1005m, new DateOnly(2027, 1, 1), repAccount, pipeline: "service", probability: 33);
        await Create("d", "rep", "Spare parts", 300m, new DateOnly(2026, 12, 10), repAccount, currency: "USD");
        await Create("e", "rep2", "Hangul labels", 3_000_000m, new DateOnly(2026, 12, 1), rep2Account, currency: "KRW");
        await Create("f", "rep2", "Lost cause", 777m, new DateOnly(2026, 12, 20), rep2Account);
        await Create("g", "rep3", "Service contract", 4000m, new DateOnly(2027, 2, 10), rep3Account, pipeline: "service");
        await Create("h", "rep3", "Prospect deal", 1200m, new DateOnly(2027, 1, 31), null);
        await Create("i", "rep", "Overdue", 500m, new DateOnly(2026, 10, 31), repAccount);
        await Create("j", "rep", "Back and forth", 650m, new DateOnly(2027, 1, 10), repAccount);
        await Create("k", "rep2", "Next spring", 900m, new DateOnly(2027, 3, 15), rep2Account);
        await Create("l", "rep2", "Month end", 1500m, new DateOnly(2026, 11, 28), rep2Account);
        await Create("m", "rep", "Month start", 1234.56m, new DateOnly(2026, 12, 1), repAccount);
        await Create("n", "rep3", "After the range", 999m, new DateOnly(2027, 2, 20), rep3Account);
        await Create("o", "rep3", "Odd amount", 1234.5678m, new DateOnly(2027, 2, 14), rep3Account, probability: 33);

        At(new DateOnly(2026, 11, 30));
        await Stage("a", "proposal");
        await Move("i", new DateOnly(2026, 12, 20));
        await Move("j", new DateOnly(2027, 1, 25));
        await Win("l");
        At(new DateOnly(2026, 12, 3));
        await Move("b", new DateOnly(2027, 1, 15));
        At(new DateOnly(2026, 12, 5));
        await Win("b");
        await Move("j", new DateOnly(2027, 1, 10));
        await Win("m");
        At(new DateOnly(2026, 12, 10));
        await Move("a", new DateOnly(2027, 1, 20));
        await Move("g", new DateOnly(2027, 1, 5));
        await Move("h", new DateOnly(2027, 2, 15));
        await Stage("h", "proposal");
        At(new DateOnly(2026, 12, 20));
        await Stage("a", "negotiation");
        await Lose("f");
        At(new DateOnly(2027, 1, 3));
        await Win("g");
        await Win("n");
        At(new DateOnly(2027, 1, 10));
        await Move("h", new DateOnly(2027, 2, 28));
        await Lose("h");

        // Onto the month boundaries: l won half a second before December (SQL Server's datetime
        // parameter would round .999 up to midnight), m at its first instant, n at the first instant
        // after the range; e has two older stays, one ending on the range's first instant.
        var beforeDecember = new DateTime(2026, 11, 30, 23, 59, 59, 500);
        var december = new DateTime(2026, 12, 1);
        var march = new DateTime(2027, 3, 1);
        await connection.ExecuteAsync("UPDATE crm_opportunities SET won_at = @at WHERE id = @id", new { id = deals["l"], at = beforeDecember });
        await connection.ExecuteAsync("UPDATE crm_opportunities SET won_at = @at WHERE id = @id", new { id = deals["m"], at = december });
        await connection.ExecuteAsync("UPDATE crm_opportunities SET won_at = @at WHERE id = @id", new { id = deals["n"], at = march });
        await connection.ExecuteAsync("UPDATE crm_opportunity_stages SET left_at = @at WHERE opportunity_id = @id", new { id = deals["n"], at = march });
        const string OldStay = "INSERT INTO crm_opportunity_stages (opportunity_id, stage, probability, entered_at, left_at, by_user) VALUES (@id, 'lead', 10, @entered, @left, 'rep2')";
        await connection.ExecuteAsync(OldStay, new { id = deals["e"], entered = new DateTime(2026, 8, 15, 10, 0, 0), left = new DateTime(2026, 9, 1) });
        await connection.ExecuteAsync(OldStay, new { id = deals["e"], entered = new DateTime(2026, 8, 1, 10, 0, 0), left = new DateTime(2026, 8, 31, 23, 59, 59) });
        return deals;
    }

    private void At(DateOnly day) => Clock.Advance(day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) - Clock.GetUtcNow().UtcDateTime);

    private async Task<T> AsAdmin<T>(Func<Task<T>> read)
    {
        SignIn("root", CrmRoles.Admin);
        return await read();
    }

    /// <summary>The raw rows the forecast is made of, read with plain SQL, and the forecast computed from them.</summary>
    private sealed class RawRows
    {
        private static readonly HashSet<string> Excluded = new(["Cancelled"], StringComparer.OrdinalIgnoreCase);

        private List<Deal> _deals = [];
        private List<Stay> _stays = [];
        private List<CloseDateChange> _changes = [];
        private List<(string Owner, string Month, string Currency, decimal Amount)> _targets = [];
        private List<Order> _orders = [];

        public static async Task<RawRows> ReadAsync(System.Data.Common.DbConnection connection)
        {
            var rows = new RawRows();
            rows._deals = [.. (await connection.QueryAsync("SELECT id, number, name, owner, pipeline, currency, status, amount, probability, expected_close_date, won_at, lost_at FROM crm_opportunities"))
                .Cast<IDictionary<string, object?>>()
                .Select(r => new Deal(
                    Convert.ToInt64(r["id"], CultureInfo.InvariantCulture), (string)r["number"]!, (string)r["name"]!, (string)r["owner"]!, (string)r["pipeline"]!, (string)r["currency"]!, (string)r["status"]!,
                    Money(r["amount"]), Convert.ToInt32(r["probability"], CultureInfo.InvariantCulture), Date(r["expected_close_date"]), Instant(r["won_at"]), Instant(r["lost_at"])))];
            rows._stays = [.. (await connection.QueryAsync("SELECT opportunity_id, stage, entered_at, left_at FROM crm_opportunity_stages"))
                .Cast<IDictionary<string, object?>>()
                .Select(r => new Stay(Convert.ToInt64(r["opportunity_id"], CultureInfo.InvariantCulture), (string)r["stage"]!, Instant(r["entered_at"])!.Value, Instant(r["left_at"])))];
            rows._changes = [.. (await connection.QueryAsync("SELECT id, opportunity_id, old_date, new_date FROM crm_opportunity_close_dates"))
                .Cast<IDictionary<string, object?>>()
                .Select(r => new CloseDateChange(Convert.ToInt64(r["id"], CultureInfo.InvariantCulture), Convert.ToInt64(r["opportunity_id"], CultureInfo.InvariantCulture), Date(r["old_date"]), Date(r["new_date"])))];
            rows._targets = [.. (await connection.QueryAsync("SELECT owner, month, currency, amount FROM crm_sales_targets"))
                .Cast<IDictionary<string, object?>>()
                .Select(r => ((string)r["owner"]!, (string)r["month"]!, (string)r["currency"]!, Money(r["amount"])))];
            var accountOwners = (await connection.QueryAsync("SELECT account_key, owner_user_name FROM crm_accounts"))
                .Cast<IDictionary<string, object?>>()
                .ToDictionary(r => ((string)r["account_key"]!).TrimEnd(), r => (string?)r["owner_user_name"]);
            var lineTotals = (await connection.QueryAsync("SELECT order_no, line_total FROM erp_order_lines"))
                .Cast<IDictionary<string, object?>>()
                .GroupBy(r => Convert.ToInt64(r["order_no"], CultureInfo.InvariantCulture), r => Money(r["line_total"]))
                .ToDictionary(g => g.Key, g => g.Sum());
            rows._orders = [.. (await connection.QueryAsync("SELECT order_no, customer_no, order_date, currency, status FROM erp_orders"))
                .Cast<IDictionary<string, object?>>()
                .Select(r => new Order(
                    accountOwners.GetValueOrDefault(((string)r["customer_no"]!).TrimEnd()), Date(r["order_date"]), (string)r["currency"]!, (string?)r["status"],
                    lineTotals.GetValueOrDefault(Convert.ToInt64(r["order_no"], CultureInfo.InvariantCulture))))];
            return rows;
        }

        public SalesForecast Forecast(ForecastQuery query, IReadOnlyList<string>? visibleOwners)
        {
            var from = DateOnly.ParseExact(query.FromMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var until = DateOnly.ParseExact(query.ToMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1);
            bool InRange(DateOnly day) => day >= from && day < until;
            bool InRangeAt(DateTime? at) => at is { } t && InRange(DateOnly.FromDateTime(t));
            bool OwnerSeen(string? owner) => (query.Owner is null || owner == query.Owner) && (visibleOwners is null || (owner is not null && visibleOwners.Contains(owner)));
            var deals = _deals.Where(d => (query.Pipeline is null || d.Pipeline == query.Pipeline) && OwnerSeen(d.Owner)).ToList();
            static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

            var open = deals.Where(d => d.Status == "Open" && InRange(d.CloseDate)).Select(d => (Month: Month(d.CloseDate), Deal: d, Open: true));
            var won = deals.Where(d => d.Status == "Won" && InRangeAt(d.WonAt)).Select(d => (Month: Month(DateOnly.FromDateTime(d.WonAt!.Value)), Deal: d, Open: false));
            var lines = open.Concat(won)
                .GroupBy(x => (x.Month, x.Deal.Owner, x.Deal.Pipeline, x.Deal.Currency))
                .Select(g => new ForecastLine(
                    g.Key.Month, g.Key.Owner, g.Key.Pipeline, g.Key.Currency,
                    g.Count(x => x.Open), g.Where(x => x.Open).Sum(x => x.Deal.Amount), Math.Round(g.Where(x => x.Open).Sum(x => x.Deal.Amount * x.Deal.Probability) / 100m, 4, MidpointRounding.AwayFromZero),
                    g.Count(x => !x.Open), g.Where(x => !x.Open).Sum(x => x.Deal.Amount)))
                .OrderBy(l => l.Month, StringComparer.Ordinal).ThenBy(l => l.Owner, StringComparer.Ordinal).ThenBy(l => l.Pipeline, StringComparer.Ordinal).ThenBy(l => l.Currency, StringComparer.Ordinal)
                .ToList();

            var pipeline = lines.GroupBy(l => (l.Month, (string?)l.Owner, l.Currency)).ToDictionary(g => g.Key, g => (Weighted: g.Sum(l => l.WeightedAmount), Won: g.Sum(l => l.WonAmount)));
            var targets = _targets.Where(t => string.CompareOrdinal(t.Month, query.FromMonth) >= 0 && string.CompareOrdinal(t.Month, query.ToMonth) <= 0 && OwnerSeen(t.Owner))
                .ToDictionary(t => (t.Month, (string?)t.Owner, t.Currency), t => t.Amount);
            var everyOwner = query.Owner is null && visibleOwners is null;
            var orders = _orders.Where(o => InRange(o.Date) && !Excluded.Contains(o.Status?.Trim() ?? string.Empty) && (everyOwner || OwnerSeen(o.Owner)))
                .GroupBy(o => (Month(o.Date), o.Owner, o.Currency))
                .ToDictionary(g => g.Key, g => (Revenue: g.Sum(o => o.Total), Count: g.Count()));
            var periods = pipeline.Keys.Concat(targets.Keys).Concat(orders.Keys).Distinct()
                .Select(k => new ForecastPeriod(
                    k.Item1, k.Item2, k.Item3,
                    pipeline.GetValueOrDefault(k).Weighted, pipeline.GetValueOrDefault(k).Won,
                    targets.TryGetValue(k, out var target) ? target : null,
                    orders.GetValueOrDefault(k).Revenue, orders.GetValueOrDefault(k).Count))
                .OrderBy(p => p.Month, StringComparer.Ordinal).ThenBy(p => p.Owner is null).ThenBy(p => p.Owner, StringComparer.Ordinal).ThenBy(p => p.Currency, StringComparer.Ordinal)
                .ToList();

            static WinRate Rate(string? owner, int wonCount, int lostCount) =>
                new(owner, wonCount, lostCount, wonCount + lostCount == 0 ? null : Math.Round((decimal)wonCount / (wonCount + lostCount), 4));
            var closed = deals.Where(d => (d.Status == "Won" && InRangeAt(d.WonAt)) || (d.Status == "Lost" && InRangeAt(d.LostAt))).ToList();
            var winRates = new[] { Rate(null, closed.Count(d => d.Status == "Won"), closed.Count(d => d.Status == "Lost")) }
                .Concat(closed.GroupBy(d => d.Owner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Rate(g.Key, g.Count(d => d.Status == "Won"), g.Count(d => d.Status == "Lost"))))
                .ToList();

            var byId = deals.ToDictionary(d => d.Id);
            var stageTimes = _stays.Where(s => byId.ContainsKey(s.OpportunityId) && InRangeAt(s.LeftAt))
                .GroupBy(s => (byId[s.OpportunityId].Pipeline, s.Stage))
                .Select(g => new StageTime(g.Key.Pipeline, g.Key.Stage, g.Count(), Math.Round((decimal)g.Sum(s => DateOnly.FromDateTime(s.LeftAt!.Value).DayNumber - DateOnly.FromDateTime(s.EnteredAt).DayNumber) / g.Count(), 2)))
                .OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Stage, StringComparer.Ordinal)
                .ToList();

            var slipped = _changes.Where(c => byId.ContainsKey(c.OpportunityId))
                .GroupBy(c => c.OpportunityId)
                .Select(g => (Deal: byId[g.Key], Original: g.MinBy(c => c.Id)!.OldDate, Later: g.Count(c => c.NewDate > c.OldDate)))
                .Where(x => x.Later > 0 && InRange(x.Original) && x.Deal.CloseDate > x.Original)
                .OrderBy(x => x.Deal.Id)
                .Select(x => new SlippedDeal(x.Deal.Id, x.Deal.Number, x.Deal.Name, x.Deal.Owner, x.Deal.Status, x.Deal.Amount, x.Deal.Currency, x.Original, x.Deal.CloseDate, x.Later))
                .ToList();

            return new SalesForecast(query, lines, periods, winRates, stageTimes, slipped);
        }

        private static decimal Money(object? value) => value switch
        {
            double d => Math.Round((decimal)d, 4),
            string s => decimal.Parse(s, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };

        private static DateTime? Instant(object? value) => value switch
        {
            null or DBNull => null,
            DateTime t => t,
            DateTimeOffset o => o.UtcDateTime,
            string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.None),
            _ => throw new InvalidCastException(value.GetType().Name),
        };

        private static DateOnly Date(object? value) => value is DateOnly day ? day : DateOnly.FromDateTime(Instant(value)!.Value);

        private sealed record Deal(long Id, string Number, string Name, string Owner, string Pipeline, string Currency, string Status, decimal Amount, int Probability, DateOnly CloseDate, DateTime? WonAt, DateTime? LostAt);

        private sealed record Stay(long OpportunityId, string Stage, DateTime EnteredAt, DateTime? LeftAt);

        private sealed record CloseDateChange(long Id, long OpportunityId, DateOnly OldDate, DateOnly NewDate);

        private sealed record Order(string? Owner, DateOnly Date, string Currency, string? Status, decimal Total);
    }
}

[TestClass]
public sealed class SqliteForecastTests : ForecastContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresForecastTests : ForecastContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerForecastTests : ForecastContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
