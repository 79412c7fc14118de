using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Tests.Inquiries.ServiceTargets;

[TestClass]
public sealed class BusinessClockTests
{
    private static readonly BusinessClock Clock = Berlin.Clock();

    [TestMethod]
    public void Logged_friday_16_30_with_one_business_hour_is_due_monday_08_30()
    {
        var due = Clock.Add(Berlin.At("2026-03-13 16:30"), TimeSpan.FromHours(1));
        Assert.AreEqual(Berlin.At("2026-03-16 08:30"), due);
        Assert.AreEqual(TimeSpan.Zero, due.Offset);
    }

    [TestMethod]
    public void Logged_on_saturday_counts_from_monday_08_00()
    {
        Assert.AreEqual(Berlin.At("2026-03-16 10:00"), Clock.Add(Berlin.At("2026-03-14 10:00"), TimeSpan.FromHours(2)));
        Assert.AreEqual(TimeSpan.Zero, Clock.Between(Berlin.At("2026-03-14 10:00"), Berlin.At("2026-03-16 08:00")));
    }

    [TestMethod]
    public void The_lunch_break_is_skipped()
    {
        Assert.AreEqual(Berlin.At("2026-03-16 14:00"), Clock.Add(Berlin.At("2026-03-16 11:00"), TimeSpan.FromHours(2)));
        Assert.AreEqual(Berlin.At("2026-03-16 13:30"), Clock.Add(Berlin.At("2026-03-16 12:15"), TimeSpan.FromMinutes(30)));
        Assert.AreEqual(TimeSpan.FromHours(2), Clock.Between(Berlin.At("2026-03-16 11:00"), Berlin.At("2026-03-16 14:00")));
    }

    [TestMethod]
    public void Intervals_are_half_open_so_a_target_ending_at_17_00_stays_on_friday()
    {
        Assert.AreEqual(Berlin.At("2026-03-13 17:00"), Clock.Add(Berlin.At("2026-03-13 16:00"), TimeSpan.FromHours(1)));
        Assert.AreEqual(Berlin.At("2026-03-13 12:00"), Clock.Add(Berlin.At("2026-03-13 11:00"), TimeSpan.FromHours(1)));
        Assert.AreEqual(Berlin.At("2026-03-13 13:01"), Clock.Add(Berlin.At("2026-03-13 12:00"), TimeSpan.FromMinutes(1)));
    }

    [TestMethod]
    public void Adding_nothing_returns_the_start_even_outside_working_time()
    {
        var saturday = Berlin.At("2026-03-14 10:00");
        Assert.AreEqual(saturday, Clock.Add(saturday, TimeSpan.Zero));
    }

    [TestMethod]
    public void Easter_monday_as_a_holiday_pushes_the_due_time_to_tuesday()
    {
        var clock = Berlin.Clock("2026-04-06");
        Assert.AreEqual(Berlin.At("2026-04-07 08:30"), clock.Add(Berlin.At("2026-04-03 16:30"), TimeSpan.FromHours(1)));
        Assert.AreEqual(TimeSpan.FromMinutes(30), clock.Between(Berlin.At("2026-04-06 00:00"), Berlin.At("2026-04-07 08:30")));
    }

    [TestMethod]
    public void The_spring_forward_weekend_neither_adds_nor_loses_business_time()
    {
        // Berlin: 2026-03-29 02:00 CET becomes 03:00 CEST.
        var friday = Berlin.At("2026-03-27 16:00");
        var monday = Berlin.At("2026-03-30 09:00");
        Assert.AreEqual(monday, Clock.Add(friday, TimeSpan.FromHours(2)));
        Assert.AreEqual(TimeSpan.FromHours(2), Clock.Between(friday, monday));
        Assert.AreEqual(TimeSpan.FromHours(64), monday - friday, "the wall clock lost an hour over the weekend");
    }

    [TestMethod]
    public void The_fall_back_weekend_neither_adds_nor_loses_business_time()
    {
        // Berlin: 2026-10-25 03:00 CEST becomes 02:00 CET.
        var friday = Berlin.At("2026-10-23 16:00");
        var monday = Berlin.At("2026-10-26 09:00");
        Assert.AreEqual(monday, Clock.Add(friday, TimeSpan.FromHours(2)));
        Assert.AreEqual(TimeSpan.FromHours(2), Clock.Between(friday, monday));
        Assert.AreEqual(TimeSpan.FromHours(66), monday - friday, "the wall clock gained an hour over the weekend");
    }

    [TestMethod]
    public void A_whole_week_of_work_is_40_hours_in_both_dst_change_weeks()
    {
        Assert.AreEqual(TimeSpan.FromHours(40), Clock.Between(Berlin.At("2026-03-23 00:00"), Berlin.At("2026-03-30 00:00")));
        Assert.AreEqual(TimeSpan.FromHours(40), Clock.Between(Berlin.At("2026-10-19 00:00"), Berlin.At("2026-10-26 00:00")));
        Assert.AreEqual(Berlin.At("2026-03-30 17:00"), Clock.Add(Berlin.At("2026-03-23 08:00"), TimeSpan.FromHours(48)));
        Assert.AreEqual(Berlin.At("2026-10-26 17:00"), Clock.Add(Berlin.At("2026-10-19 08:00"), TimeSpan.FromHours(48)));
    }

    [TestMethod]
    public void Around_the_clock_the_dst_days_have_23_and_25_hours()
    {
        var clock = Berlin.AroundTheClock();
        Assert.AreEqual(TimeSpan.FromHours(23), clock.Between(Berlin.At("2026-03-29 00:00"), Berlin.At("2026-03-30 00:00")));
        Assert.AreEqual(TimeSpan.FromHours(25), clock.Between(Berlin.At("2026-10-25 00:00"), Berlin.At("2026-10-26 00:00")));
        Assert.AreEqual(Berlin.At("2026-03-29 03:30"), clock.Add(Berlin.At("2026-03-29 01:30"), TimeSpan.FromHours(1)));
        Assert.AreEqual(Berlin.At("2026-10-25 04:00"), clock.Add(Berlin.At("2026-10-25 00:00"), TimeSpan.FromHours(5)));
    }

    [TestMethod]
    public void Working_hours_across_the_clock_change_count_the_time_that_really_elapses()
    {
        var clock = new BusinessClock(new WorkingCalendar(new WorkingCalendarOptions
        {
            WorkingDays = ["Sunday"],
            Hours = ["01:00-04:00", "05:00-06:00"],
        }));
        // 01:00–04:00 on the spring-forward Sunday is two real hours; on the fall-back Sunday four.
        Assert.AreEqual(TimeSpan.FromHours(3), clock.Between(Berlin.At("2026-03-29 00:00"), Berlin.At("2026-03-30 00:00")));
        Assert.AreEqual(TimeSpan.FromHours(5), clock.Between(Berlin.At("2026-10-25 00:00"), Berlin.At("2026-10-26 00:00")));
    }

    [TestMethod]
    public void An_interval_inside_the_spring_forward_gap_has_no_working_time()
    {
        var clock = new BusinessClock(new WorkingCalendar(new WorkingCalendarOptions
        {
            WorkingDays = ["Sunday"],
            Hours = ["02:15-02:45", "09:00-10:00"],
        }));
        Assert.AreEqual(TimeSpan.FromHours(1), clock.Between(Berlin.At("2026-03-29 00:00"), Berlin.At("2026-03-30 00:00")));
        Assert.AreEqual(TimeSpan.FromMinutes(90), clock.Between(Berlin.At("2026-03-22 00:00"), Berlin.At("2026-03-23 00:00")));
    }

    [TestMethod]
    public void Eighty_hours_over_christmas_skip_the_holidays()
    {
        var clock = Berlin.Clock("2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01");
        // Dec 21–23 and 28–30 are 48 h; Jan 4–7 the remaining 32 h, met exactly at Thursday's close.
        var due = clock.Add(Berlin.At("2026-12-21 08:00"), TimeSpan.FromHours(80));
        Assert.AreEqual(Berlin.At("2027-01-07 17:00"), due);
        Assert.AreEqual(TimeSpan.FromHours(80), clock.Between(Berlin.At("2026-12-21 08:00"), due));
    }

    [TestMethod]
    public void Between_is_zero_when_to_is_not_after_from()
    {
        var at = Berlin.At("2026-03-16 10:00");
        Assert.AreEqual(TimeSpan.Zero, Clock.Between(at, at));
        Assert.AreEqual(TimeSpan.Zero, Clock.Between(at, at.AddHours(-1)));
    }

    [TestMethod]
    public void Instants_with_any_offset_mean_the_same_moment()
    {
        var inTokyo = Berlin.At("2026-03-13 16:30").ToOffset(TimeSpan.FromHours(9));
        Assert.AreEqual(Berlin.At("2026-03-16 08:30"), Clock.Add(inTokyo, TimeSpan.FromHours(1)));
    }

    [TestMethod]
    public void A_negative_business_time_is_refused() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Clock.Add(Berlin.At("2026-03-16 10:00"), TimeSpan.FromHours(-1)));

    [TestMethod]
    public void Add_and_between_agree_on_random_instants_across_a_year()
    {
        var clock = Berlin.Clock("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25");
        var random = new Random(20260401);
        var yearStart = Berlin.At("2026-01-01 00:00");
        for (var i = 0; i < 2_000; i++)
        {
            var a = yearStart.AddMinutes(random.Next(0, 365 * 24 * 60));
            var amount = TimeSpan.FromMinutes(random.Next(0, 200 * 60));
            var due = clock.Add(a, amount);
            Assert.AreEqual(amount, clock.Between(a, due), $"Between({a:O}, Add({a:O}, {amount}))");

            var b = a.AddMinutes(random.Next(0, 60 * 24 * 60));
            var c = b.AddMinutes(random.Next(0, 30 * 24 * 60));
            Assert.AreEqual(clock.Between(a, c), clock.Between(a, b) + clock.Between(b, c), $"additivity at {a:O}, {b:O}, {c:O}");

            // Add returns the earliest instant, so coming back lands on b or the end of the working time before it.
            var back = clock.Add(a, clock.Between(a, b));
            Assert.IsLessThanOrEqualTo(b, back);
            Assert.AreEqual(TimeSpan.Zero, clock.Between(back, b));
        }
    }

    [TestMethod]
    public void Around_the_clock_business_time_is_elapsed_time_on_random_instants()
    {
        var clock = Berlin.AroundTheClock();
        var random = new Random(7);
        var yearStart = Berlin.At("2026-01-01 00:00");
        for (var i = 0; i < 500; i++)
        {
            var a = yearStart.AddMinutes(random.Next(0, 365 * 24 * 60));
            var b = a.AddMinutes(random.Next(0, 90 * 24 * 60));
            Assert.AreEqual(b - a, clock.Between(a, b));
            Assert.AreEqual(b, clock.Add(a, b - a));
        }
    }

    [TestMethod]
    public void A_target_of_500_business_hours_is_computed_day_by_day_not_minute_by_minute()
    {
        var start = Berlin.At("2026-03-16 08:00");
        var due = Clock.Add(start, TimeSpan.FromHours(500));
        // 62 working days of 8 h are 496 h (12 weeks and 2 days, to Tuesday 9 June), then 4 more hours.
        Assert.AreEqual(Berlin.At("2026-06-10 12:00"), due);

        // A minute-by-minute walk converts some 120,000 minutes per call, tens of milliseconds each
        // time; walking day by day, the thousand round trips take well under a second.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1_000; i++)
        {
            Assert.AreEqual(TimeSpan.FromHours(500), Clock.Between(start, Clock.Add(start, TimeSpan.FromHours(500))));
        }

        Assert.IsLessThan(TimeSpan.FromSeconds(5), watch.Elapsed);
    }
}
