using ErpCrm.MedicalDevices.Calibration;
using ErpCrm.MedicalDevices.Tests.Infrastructure;

namespace ErpCrm.MedicalDevices.Tests.Calibration;

[TestClass]
public sealed class CalibrationDueRuleTests
{
    private static readonly DateTimeOffset Now = RuleRuns.At(2026, 11, 24);

    [TestMethod]
    public async Task A_device_whose_yearly_calibration_falls_in_the_window_gets_one_for_the_account_owner()
    {
        var sales = new SaleLines()
            .Sold("C1", "rep", "SO-1", new DateOnly(2025, 12, 10), 2, "DEV-ECG-300", description: "ECG recorder")
            .Sold("C1", "rep", "SO-1", new DateOnly(2025, 12, 10), 3, "CON-ELECTRODES", quantity: 50);

        var proposal = (await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now)).Single();

        Assert.AreEqual("calibration:SO-1:2", proposal.SubjectKey);
        Assert.AreEqual("2026-12-10", proposal.Period);
        Assert.AreEqual("C1", proposal.AccountKey);
        Assert.AreEqual("med.calibration", proposal.ActivityType);
        Assert.AreEqual("rep", proposal.Assignee);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero), proposal.DueAt);
        StringAssert.Contains(proposal.Subject, "DEV-ECG-300 ECG recorder");
        StringAssert.Contains(proposal.Notes, "due on 2026-12-10");
    }

    [TestMethod]
    public async Task Devices_not_yet_due_propose_nothing_and_a_missed_calibration_is_still_proposed()
    {
        var sales = new SaleLines()
            .Sold("C1", "rep", "SO-1", new DateOnly(2026, 2, 1), 1, "DEV-PUMP")
            .Sold("C2", "rep2", "SO-2", new DateOnly(2024, 3, 15), 1, "DEV-MONITOR");

        var proposals = await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now);

        var missed = proposals.Single();
        Assert.AreEqual(("C2", "2026-03-15"), (missed.AccountKey, missed.Period), "the second yearly calibration, overdue since March");
    }

    [TestMethod]
    public async Task The_interval_and_window_come_from_the_parameters()
    {
        var sales = new SaleLines().Sold("C1", "rep", "SO-1", new DateOnly(2026, 6, 1), 1, "MED-INFUSOMAT");

        var yearly = await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now, ("productPrefixes", "MED-"));
        var halfYearly = await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now, ("productPrefixes", "MED-, DEV-"), ("intervalMonths", "6"), ("windowDays", "10"));

        Assert.IsEmpty(yearly);
        Assert.AreEqual("2026-12-01", halfYearly.Single().Period);
    }

    [TestMethod]
    public async Task Accounts_without_owner_go_to_the_fallback_assignee_and_returns_are_no_devices()
    {
        var sales = new SaleLines()
            .Sold("C1", null, "SO-1", new DateOnly(2025, 12, 1), 1, "DEV-PUMP")
            .Sold("C2", "rep", "CR-9", new DateOnly(2025, 12, 1), 1, "DEV-PUMP", quantity: -1);

        var withoutFallback = await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now);
        var withFallback = await RuleRuns.ProposeAsync(new CalibrationDueRule(sales), Now, ("assignee", "service-lead"));

        Assert.IsEmpty(withoutFallback);
        Assert.AreEqual(("C1", "service-lead"), (withFallback.Single().AccountKey, withFallback.Single().Assignee));
    }

    [TestMethod]
    public async Task A_wrong_parameter_stops_the_run_with_its_name()
    {
        var rule = new CalibrationDueRule(new SaleLines());

        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => RuleRuns.ProposeAsync(rule, Now, ("intervalMonths", "twelve")));

        StringAssert.Contains(error.Message, "'intervalMonths' of med.calibration-due");
    }
}
