using Crm.Abstractions.FollowUps;
using ErpCrm.Automotive.Sales;
using ErpCrm.Automotive.Service;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Service;

[TestClass]
public sealed class ServiceDueRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 6, 30, 0, TimeSpan.FromHours(1));

    [TestMethod]
    public async Task A_car_sold_a_year_ago_gets_a_service_appointment_for_the_buyers_owner()
    {
        var sales = new ListedErpSales(ListedErpSales.Vehicle("O-1", new DateOnly(2025, 12, 1), "C100", "rep", "VW Golf 1.5 TSI, VIN WVWZZZ1KZAW000123"));

        var proposal = (await ProposeAsync(sales, [])).Single();

        Assert.AreEqual("vehicle:WVWZZZ1KZAW000123", proposal.SubjectKey);
        Assert.AreEqual("2026-12", proposal.Period);
        Assert.AreEqual("C100", proposal.AccountKey);
        Assert.AreEqual("auto.service-appointment", proposal.ActivityType);
        Assert.AreEqual("rep", proposal.Assignee);
        Assert.AreEqual("Service due: VW Golf 1.5 TSI (WVWZZZ1KZAW000123)", proposal.Subject);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)), proposal.DueAt);
        StringAssert.Contains(proposal.Notes, "Service 1 of VW Golf 1.5 TSI");
        StringAssert.Contains(proposal.Notes, "sold to Customer C100 on 2025-12-01 (order SO-O-1), is due on 2026-12-01");
    }

    [TestMethod]
    public async Task Only_vehicle_products_are_read_and_only_sales_within_the_look_back()
    {
        var sales = new ListedErpSales();

        await ProposeAsync(sales, new() { ["ProductPrefixes"] = "NEW-, USED-", ["LookBackYears"] = "5" });

        var query = sales.Queries.Single();
        CollectionAssert.AreEqual(new[] { "NEW-", "USED-" }, query.ProductKeyPrefixes.ToArray());
        Assert.AreEqual(new DateOnly(2021, 11, 20), query.OrderedFrom);
        Assert.AreEqual(new DateOnly(2026, 11, 20), query.OrderedTo);
    }

    [TestMethod]
    public async Task Without_configured_prefixes_the_rule_reads_VEH_products()
    {
        var sales = new ListedErpSales(
            ListedErpSales.Vehicle("O-1", new DateOnly(2025, 12, 1), "C100", "rep", "VW Polo, VIN WVWZZZAWZMU000001"),
            ListedErpSales.Vehicle("O-2", new DateOnly(2025, 12, 1), "C100", "rep", "Roof box, VIN WVWZZZAWZMU000002", product: "ACC-ROOFBOX"));

        var proposals = await ProposeAsync(sales, []);

        Assert.AreEqual("vehicle:WVWZZZAWZMU000001", proposals.Single().SubjectKey);
        CollectionAssert.AreEqual(new[] { VehicleSales.DefaultPrefix }, sales.Queries.Single().ProductKeyPrefixes.ToArray());
    }

    [TestMethod]
    public async Task A_car_sold_again_is_serviced_for_its_latest_buyer_only()
    {
        var sales = new ListedErpSales(
            ListedErpSales.Vehicle("O-1", new DateOnly(2023, 12, 5), "C100", "rep", "Audi A4 Avant, VIN WAUZZZF40NA000001"),
            ListedErpSales.Vehicle("O-2", new DateOnly(2025, 12, 10), "C200", "rep2", "Audi A4 Avant (used), VIN WAUZZZF40NA000001"));

        var proposal = (await ProposeAsync(sales, [])).Single();

        Assert.AreEqual("C200", proposal.AccountKey);
        Assert.AreEqual("rep2", proposal.Assignee);
        Assert.AreEqual("2026-12", proposal.Period);
    }

    [TestMethod]
    public async Task An_account_without_owner_goes_to_the_configured_assignee_or_is_left_out()
    {
        var sales = new ListedErpSales(ListedErpSales.Vehicle("O-1", new DateOnly(2025, 12, 1), "C100", null, "Skoda Octavia, VIN TMBZZZNX0PY000001"));

        Assert.AreEqual("workshop", (await ProposeAsync(sales, new() { ["Assignee"] = "workshop" })).Single().Assignee);
        Assert.IsEmpty(await ProposeAsync(sales, []));
    }

    [TestMethod]
    public async Task A_line_without_VIN_is_its_own_subject_and_a_credit_note_is_no_sale()
    {
        var fleet = ListedErpSales.Vehicle("O-7", new DateOnly(2025, 12, 3), "C300", "rep", "Ford Transit Custom", product: "VEH-TRANSIT", quantity: 3);
        var credit = ListedErpSales.Vehicle("O-8", new DateOnly(2025, 12, 4), "C300", "rep", "Ford Transit Custom returned", product: "VEH-TRANSIT", quantity: -1);

        var proposal = (await ProposeAsync(new ListedErpSales(fleet, credit), [])).Single();

        Assert.AreEqual("order-line:O-7:1", proposal.SubjectKey);
        Assert.AreEqual("Service due: Ford Transit Custom (Customer C300)", proposal.Subject);
        StringAssert.Contains(proposal.Notes, "(3 vehicles on this line: book each)");
    }

    [TestMethod]
    public async Task Interval_window_and_activity_type_come_from_the_parameters()
    {
        var sales = new ListedErpSales(ListedErpSales.Vehicle("O-1", new DateOnly(2026, 5, 25), "C100", "rep", "Kia EV6, VIN KNAC381AFN5000001"));
        var parameters = new Dictionary<string, string> { ["IntervalMonths"] = "6", ["DaysAhead"] = "7", ["ActivityType"] = "task" };

        var proposal = (await ProposeAsync(sales, parameters)).Single();

        Assert.AreEqual("2026-11", proposal.Period);
        Assert.AreEqual("task", proposal.ActivityType);
        Assert.IsEmpty(await ProposeAsync(sales, new() { ["IntervalMonths"] = "12" }));
    }

    private static async Task<List<FollowUpProposal>> ProposeAsync(ListedErpSales sales, Dictionary<string, string> parameters)
    {
        var rule = new ServiceDueRule(new VehicleSales(sales));
        var proposals = new List<FollowUpProposal>();
        await foreach (var proposal in rule.ProposeAsync(new FollowUpRuleContext(Now, parameters), CancellationToken.None))
        {
            proposals.Add(proposal);
        }

        return proposals;
    }
}
