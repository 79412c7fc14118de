using Crm.Abstractions.Inquiries;
using Crm.Module.Inquiries;
using Crm.Module.Inquiries.ServiceTargets;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Tests.Inquiries.ServiceTargets;

[TestClass]
public sealed class ServiceTargetConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    [TestMethod]
    public void The_working_calendar_binds_from_its_section_and_configured_lists_replace_the_defaults()
    {
        var options = Configuration(
                ("Crm:Inquiries:WorkingCalendar:TimeZone", "Europe/Vienna"),
                ("Crm:Inquiries:WorkingCalendar:WorkingDays:0", "Monday"),
                ("Crm:Inquiries:WorkingCalendar:WorkingDays:1", "Saturday"),
                ("Crm:Inquiries:WorkingCalendar:Hours:0", "09:00-13:00"),
                ("Crm:Inquiries:WorkingCalendar:Holidays:0", "2026-12-24"))
            .GetSection(WorkingCalendarOptions.SectionName).Get<WorkingCalendarOptions>()!;

        Assert.AreEqual("Europe/Vienna", options.TimeZone);
        Assert.AreEqual("Monday, Saturday", string.Join(", ", options.WorkingDays!));
        Assert.AreEqual("09:00-13:00", string.Join(", ", options.Hours!));
        Assert.AreEqual("2026-12-24", string.Join(", ", options.Holidays));

        var calendar = new WorkingCalendar(options);
        Assert.AreEqual("Europe/Vienna", calendar.TimeZone.Id);
        Assert.AreEqual(1, calendar.Hours.Count);
        Assert.IsTrue(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
        Assert.IsFalse(calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
    }

    [TestMethod]
    public void A_section_without_lists_keeps_the_default_calendar()
    {
        var options = Configuration(("Crm:Inquiries:WorkingCalendar:Holidays:0", "2026-12-24"))
            .GetSection(WorkingCalendarOptions.SectionName).Get<WorkingCalendarOptions>()!;
        var calendar = new WorkingCalendar(options);
        Assert.AreEqual("Europe/Berlin", calendar.TimeZone.Id);
        Assert.AreEqual("08:00-12:00, 13:00-17:00", string.Join(", ", calendar.Hours));
    }

    [TestMethod]
    public void Service_target_policies_bind_from_their_section_as_a_list()
    {
        var policies = Configuration(
                ("Crm:Inquiries:ServiceTargets:0:Priority", "High"),
                ("Crm:Inquiries:ServiceTargets:0:FirstResponseHours", "2"),
                ("Crm:Inquiries:ServiceTargets:0:ResolutionHours", "12.5"),
                ("Crm:Inquiries:ServiceTargets:1:Priority", "High"),
                ("Crm:Inquiries:ServiceTargets:1:Category", "complaint"),
                ("Crm:Inquiries:ServiceTargets:1:FirstResponseHours", "1"),
                ("Crm:Inquiries:ServiceTargets:1:ResolutionHours", "4"),
                ("Crm:Inquiries:ServiceTargets:1:AtRiskShare", "0.5"))
            .GetSection(ServiceTargetOptions.SectionName).Get<List<ServiceTargetOptions>>()!;

        var catalog = new ServiceTargetCatalog(policies, new InquiryCategories([]));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(2), TimeSpan.FromHours(12.5), 0.75), catalog.For(InquiryPriority.High, "return"));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(1), TimeSpan.FromHours(4), 0.5), catalog.For(InquiryPriority.High, "complaint"));
    }

    [TestMethod]
    public void A_bad_policy_in_configuration_is_named_by_its_path()
    {
        var policies = Configuration(
                ("Crm:Inquiries:ServiceTargets:0:Priority", "Low"),
                ("Crm:Inquiries:ServiceTargets:0:FirstResponseHours", "1"),
                ("Crm:Inquiries:ServiceTargets:0:ResolutionHours", "2"),
                ("Crm:Inquiries:ServiceTargets:1:Priority", "Normal"),
                ("Crm:Inquiries:ServiceTargets:1:FirstResponseHours", "1"))
            .GetSection(ServiceTargetOptions.SectionName).Get<List<ServiceTargetOptions>>()!;

        var e = Assert.ThrowsExactly<Crm.Module.Hosting.CrmSettingException>(() => new ServiceTargetCatalog(policies, new InquiryCategories([])));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:1:ResolutionHours", e.Setting);
    }
}
