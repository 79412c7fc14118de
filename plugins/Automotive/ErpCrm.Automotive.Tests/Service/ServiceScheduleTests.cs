using ErpCrm.Automotive.Service;

namespace ErpCrm.Automotive.Tests.Service;

[TestClass]
public sealed class ServiceScheduleTests
{
    private static readonly ServiceSchedule Yearly = new(IntervalMonths: 12, DaysAhead: 30, DaysOverdue: 14);

    [TestMethod]
    public void The_first_service_is_up_a_month_before_the_sales_anniversary()
    {
        var soldOn = new DateOnly(2025, 12, 15);

        Assert.AreEqual(new DueService(1, new DateOnly(2026, 12, 15)), Yearly.UpOn(soldOn, new DateOnly(2026, 11, 15)));
        Assert.IsNull(Yearly.UpOn(soldOn, new DateOnly(2026, 11, 14)), "31 days ahead is too early");
    }

    [TestMethod]
    public void A_service_missed_by_a_few_days_is_still_up_but_not_an_old_one()
    {
        var soldOn = new DateOnly(2023, 3, 1);

        Assert.AreEqual(new DueService(3, new DateOnly(2026, 3, 1)), Yearly.UpOn(soldOn, new DateOnly(2026, 3, 15)));
        Assert.IsNull(Yearly.UpOn(soldOn, new DateOnly(2026, 3, 16)), "15 days overdue is past the window");
        Assert.IsNull(Yearly.UpOn(soldOn, new DateOnly(2026, 9, 1)), "between services nothing is up");
    }

    [TestMethod]
    public void Nothing_is_up_in_the_first_year()
    {
        Assert.IsNull(Yearly.UpOn(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)));
    }

    [TestMethod]
    public void A_car_sold_on_the_31st_is_due_on_the_last_day_of_a_shorter_month_and_back_on_the_31st_after()
    {
        var halfYearly = new ServiceSchedule(IntervalMonths: 6, DaysAhead: 10, DaysOverdue: 5);
        var soldOn = new DateOnly(2025, 8, 31);

        Assert.AreEqual(new DueService(1, new DateOnly(2026, 2, 28)), halfYearly.UpOn(soldOn, new DateOnly(2026, 2, 20)));
        Assert.AreEqual(new DueService(2, new DateOnly(2026, 8, 31)), halfYearly.UpOn(soldOn, new DateOnly(2026, 8, 25)));
    }

    [TestMethod]
    public void A_window_wider_than_the_interval_proposes_the_latest_service()
    {
        var monthlyWideWindow = new ServiceSchedule(IntervalMonths: 1, DaysAhead: 40, DaysOverdue: 40);

        Assert.AreEqual(new DueService(3, new DateOnly(2026, 4, 10)), monthlyWideWindow.UpOn(new DateOnly(2026, 1, 10), new DateOnly(2026, 3, 15)));
    }
}
