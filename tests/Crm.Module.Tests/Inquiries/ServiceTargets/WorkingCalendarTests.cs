using Crm.Module.Hosting;
using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Tests.Inquiries.ServiceTargets;

[TestClass]
public sealed class WorkingCalendarTests
{
    [TestMethod]
    public void The_defaults_are_monday_to_friday_8_to_17_with_lunch_in_berlin()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions());
        Assert.AreEqual("Europe/Berlin", calendar.TimeZone.Id);
        Assert.AreEqual("08:00-12:00, 13:00-17:00", string.Join(", ", calendar.Hours));
        Assert.IsTrue(calendar.IsWorkingDay(new DateOnly(2026, 3, 13)));
        Assert.IsFalse(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
        Assert.IsFalse(calendar.IsWorkingDay(new DateOnly(2026, 3, 15)));
    }

    [TestMethod]
    public void Hours_may_be_given_in_any_order_and_may_end_at_24_00()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { Hours = ["18:00-24:00", "8:00-12:00", "12:00-13:00"] });
        Assert.AreEqual("08:00-12:00, 12:00-13:00, 18:00-24:00", string.Join(", ", calendar.Hours));
    }

    [TestMethod]
    public void Day_names_ignore_case_and_holidays_are_no_working_days()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { WorkingDays = ["saturday", " SUNDAY "], Holidays = ["2026-03-15"] });
        Assert.IsTrue(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
        Assert.IsFalse(calendar.IsWorkingDay(new DateOnly(2026, 3, 15)));
        Assert.IsFalse(calendar.IsWorkingDay(new DateOnly(2026, 3, 16)));
    }

    [TestMethod]
    [DataRow("13:00-12:00", "ends before it starts")]
    [DataRow("13:00-13:00", "is empty")]
    [DataRow("13:00", "is not an interval")]
    [DataRow("13:00-25:00", "is not an interval")]
    [DataRow("1pm-5pm", "is not an interval")]
    [DataRow("24:00-24:00", "is not an interval")]
    public void A_bad_interval_names_its_setting(string interval, string problem)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Hours = ["08:00-12:00", interval] }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:Hours:1", e.Setting);
        StringAssert.Contains(e.Message, $"'{interval}' {problem}");
    }

    [TestMethod]
    public void The_issue_example_reads_well()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Hours = ["08:00-12:00", "13:00-12:00"] }));
        Assert.AreEqual("Setting 'Crm:Inquiries:WorkingCalendar:Hours:1' is invalid: '13:00-12:00' ends before it starts.", e.Message);
    }

    [TestMethod]
    public void Overlapping_intervals_name_the_later_configured_one()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Hours = ["11:00-14:00", "13:00-17:00", "08:00-12:00"] }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:Hours:2", e.Setting);
        StringAssert.Contains(e.Message, "'08:00-12:00' overlaps '11:00-14:00' (Hours:0)");

        e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Hours = ["13:00-17:00", "08:00-13:30"] }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:Hours:1", e.Setting);
    }

    [TestMethod]
    [DataRow("Mars/Olympus_Mons")]
    [DataRow("")]
    public void An_unknown_time_zone_names_the_setting(string zone)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { TimeZone = zone }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:TimeZone", e.Setting);
    }

    [TestMethod]
    [DataRow("Funday")]
    [DataRow("7")]
    [DataRow("Mon")]
    public void An_unknown_day_name_names_the_setting(string day)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { WorkingDays = ["Monday", "Tuesday", day] }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:WorkingDays:2", e.Setting);
        StringAssert.Contains(e.Message, "Monday, Tuesday");
    }

    [TestMethod]
    [DataRow("2026-02-30")]
    [DataRow("24.12.2026")]
    [DataRow("2026-12-24T00:00")]
    public void A_bad_holiday_names_the_setting(string date)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Holidays = ["2026-12-24", date] }));
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:Holidays:1", e.Setting);
        StringAssert.Contains(e.Message, "yyyy-MM-dd");
    }

    [TestMethod]
    public void A_calendar_without_working_time_is_refused()
    {
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:WorkingDays", Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { WorkingDays = [] })).Setting);
        Assert.AreEqual("Crm:Inquiries:WorkingCalendar:Hours", Assert.ThrowsExactly<CrmSettingException>(() => new WorkingCalendar(new WorkingCalendarOptions { Hours = [] })).Setting);
    }
}
