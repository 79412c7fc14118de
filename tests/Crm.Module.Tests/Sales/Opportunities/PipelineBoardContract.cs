using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Dapper;

namespace Crm.Module.Tests.Sales.Opportunities;

/// <summary>The pipeline board against figures computed in the test from the raw rows.</summary>
public abstract class PipelineBoardContract : OpportunityTestBase
{
    [TestMethod]
    public async Task The_board_shows_per_stage_and_currency_what_independent_sql_counts_for_the_users_book()
    {
        await SeedBookAsync();

        foreach (var (user, role, owners) in new[]
        {
            ("manager", CrmRoles.SalesManager, new[] { "manager", "rep", "rep2" }),
            ("rep", CrmRoles.SalesRep, new[] { "rep" }),
            ("root", CrmRoles.Admin, new[] { "manager", "rep", "rep2", "rep3" }),
        })
        {
            SignIn(user, role);
            var board = await Pipelines.GetBoardAsync("new-business", 2);
            var expected = await ExpectedAsync(owners);

            CollectionAssert.AreEqual(new[] { "lead", "proposal", "negotiation" }, board.Columns.Select(c => c.Stage.Code).ToList());
            foreach (var column in board.Columns)
            {
                var rows = expected.Where(r => r.Stage == column.Stage.Code).ToList();
                Assert.AreEqual(rows.Count, column.Count, $"{user}: count of {column.Stage.Code}");
                var totals = rows.GroupBy(r => r.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (g.Key, (long)g.Count(), g.Sum(r => r.Amount), decimal.Round(g.Sum(r => r.Amount * r.Probability / 100m), 4)))
                    .ToList();
                CollectionAssert.AreEqual(totals, column.Totals.Select(t => (t.Currency, t.Count, t.Amount, decimal.Round(t.Weighted, 4))).ToList(), $"{user}: totals of {column.Stage.Code}");
                var cards = rows.OrderBy(r => r.CloseDate).ThenBy(r => r.Id).Take(2).Select(r => r.Id).ToList();
                CollectionAssert.AreEqual(cards, column.Cards.Select(c => c.Id).ToList(), $"{user}: cards of {column.Stage.Code}");
            }
        }
    }

    [TestMethod]
    public async Task The_board_reads_its_pipeline_and_card_count_strictly()
    {
        await SeedBookAsync();
        SignIn("manager", CrmRoles.SalesManager);

        var figuresOnly = await Pipelines.GetBoardAsync("new-business", 0);
        Assert.IsTrue(figuresOnly.Columns.All(c => c.Cards.Count == 0));
        Assert.IsGreaterThan(0L, figuresOnly.Columns.Sum(c => c.Count));
        Assert.IsEmpty(figuresOnly.Columns.Single(c => c.Stage.Code == "negotiation").Totals, "an empty stage is shown with no figures");
        var cards = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Pipelines.GetBoardAsync("new-business", 101));
        Assert.IsTrue(cards.Errors.ContainsKey("cards"));
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Pipelines.GetBoardAsync("default", 5));
        CollectionAssert.AreEqual(new[] { "new-business", "service" }, Pipelines.Pipelines.Select(p => p.Code).ToList(), "configured pipelines replace the built-in default");
    }

    // Open and closed opportunities of four owners in two pipelines, three currencies and two stages.
    private async Task SeedBookAsync()
    {
        var close = DateOnly.FromDateTime(Now.UtcDateTime);
        var plan = new (string Owner, string Stage, decimal Amount, string Currency, int Days)[]
        {
            ("rep", "lead", 1000.10m, "EUR", 40), ("rep", "lead", 2500m, "EUR", 10), ("rep", "lead", 99.99m, "USD", 5),
            ("rep", "proposal", 12000m, "EUR", 20), ("rep2", "lead", 333.33m, "EUR", 10), ("rep2", "proposal", 7000m, "CHF", 60),
            ("rep2", "proposal", 4200.5m, "EUR", 15), ("rep3", "lead", 5000m, "EUR", 1), ("manager", "lead", 1.5m, "EUR", 100),
        };
        foreach (var (owner, stage, amount, currency, days) in plan)
        {
            SignIn(owner, owner == "manager" ? CrmRoles.SalesManager : CrmRoles.SalesRep);
            var created = (await Opportunities.CreateAsync(new CreateOpportunity($"{owner} {amount}", amount, close.AddDays(days), "C10001", Currency: currency))).Opportunity;
            if (stage != "lead")
            {
                await Opportunities.MoveStageAsync(created.Id, stage, created.Version, probability: owner == "rep2" ? 65 : null);
            }
        }

        SignIn("rep", CrmRoles.SalesRep);
        var lost = await CreateAsync("Lost", 50000m);
        await Opportunities.LoseAsync(lost.Id, "price", null, lost.Version);
        await CreateAsync("Other pipeline", 40000m, pipeline: "service");
    }

    private async Task<List<(long Id, string Stage, string Currency, decimal Amount, int Probability, DateOnly CloseDate)>> ExpectedAsync(string[] owners)
    {
        await using var connection = await Run.Database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(long Id, string Stage, string Currency, object Amount, int Probability, object CloseDate, string Owner)>(
            "SELECT id, stage, currency, amount, probability, expected_close_date, owner FROM crm_opportunities WHERE pipeline = 'new-business' AND status = 'Open'");
        return [.. rows.Where(r => owners.Contains(r.Owner)).Select(r => (r.Id, r.Stage, r.Currency, Convert.ToDecimal(r.Amount, CultureInfo.InvariantCulture), r.Probability, ToDate(r.CloseDate)))];
    }

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => DateOnly.FromDateTime(DateTime.Parse((string)value, CultureInfo.InvariantCulture)),
    };
}

[TestClass]
public sealed class SqlitePipelineBoardTests : PipelineBoardContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresPipelineBoardTests : PipelineBoardContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerPipelineBoardTests : PipelineBoardContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
