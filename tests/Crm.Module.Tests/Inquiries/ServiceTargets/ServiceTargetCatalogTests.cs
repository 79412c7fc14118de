using Crm.Abstractions.Inquiries;
using Crm.Module.Hosting;
using Crm.Module.Inquiries;
using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Tests.Inquiries.ServiceTargets;

[TestClass]
public sealed class ServiceTargetCatalogTests
{
    private static ServiceTargetCatalog Catalog(params ServiceTargetOptions[] policies) => new(policies, new InquiryCategories([]));

    private static ServiceTargetOptions Policy(string priority, double firstResponse, double resolution, string? category = null) =>
        new() { Priority = priority, Category = category, FirstResponseHours = firstResponse, ResolutionHours = resolution };

    [TestMethod]
    [DataRow(InquiryPriority.Urgent, 1, 8)]
    [DataRow(InquiryPriority.High, 4, 16)]
    [DataRow(InquiryPriority.Normal, 8, 40)]
    [DataRow(InquiryPriority.Low, 16, 80)]
    public void Without_configuration_every_priority_has_a_default(InquiryPriority priority, int firstResponse, int resolution)
    {
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(firstResponse), TimeSpan.FromHours(resolution), 0.75), Catalog().For(priority, "complaint"));
    }

    [TestMethod]
    public void A_category_specific_policy_beats_the_priority_policy_which_beats_the_default()
    {
        var catalog = Catalog(
            Policy("High", 2, 10),
            Policy("high", 1, 4, "complaint"));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(1), TimeSpan.FromHours(4), 0.75), catalog.For(InquiryPriority.High, "complaint"));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(2), TimeSpan.FromHours(10), 0.75), catalog.For(InquiryPriority.High, "delivery-status"));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(2), TimeSpan.FromHours(10), 0.75), catalog.For(InquiryPriority.High, null));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(16), TimeSpan.FromHours(80), 0.75), catalog.For(InquiryPriority.Low, "complaint"));
    }

    [TestMethod]
    public void A_category_policy_alone_leaves_the_other_categories_on_the_default()
    {
        var catalog = Catalog(new ServiceTargetOptions { Priority = "Urgent", Category = "invoice-dispute", FirstResponseHours = 0.5, ResolutionHours = 4, AtRiskShare = 0.5 });
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4), 0.5), catalog.For(InquiryPriority.Urgent, "invoice-dispute"));
        Assert.AreEqual(new ServiceTarget(TimeSpan.FromHours(1), TimeSpan.FromHours(8), 0.75), catalog.For(InquiryPriority.Urgent, "complaint"));
    }

    [TestMethod]
    public void A_resolution_target_of_zero_names_the_setting()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("Low", 1, 2), Policy("Normal", 1, 2), Policy("High", 1, 0)));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:2:ResolutionHours", e.Setting);
        StringAssert.Contains(e.Message, "must be more than 0");
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-1.0)]
    [DataRow(double.NaN)]
    public void A_first_response_target_that_is_not_positive_names_the_setting(double hours)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("Low", hours, 2)));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:0:FirstResponseHours", e.Setting);
    }

    [TestMethod]
    public void A_first_response_due_after_the_resolution_names_the_setting()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("Low", 1, 2), Policy("Normal", 8.5, 8)));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:1:FirstResponseHours", e.Setting);
        StringAssert.Contains(e.Message, "must not exceed ResolutionHours (8)");
    }

    [TestMethod]
    public void A_first_response_equal_to_the_resolution_is_allowed() =>
        Assert.AreEqual(TimeSpan.FromHours(8), Catalog(Policy("Normal", 8, 8)).For(InquiryPriority.Normal, null).FirstResponse);

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(1.5)]
    [DataRow(-0.25)]
    public void An_at_risk_share_outside_zero_to_one_names_the_setting(double share)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(new ServiceTargetOptions { Priority = "Low", FirstResponseHours = 1, ResolutionHours = 2, AtRiskShare = share }));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:0:AtRiskShare", e.Setting);
    }

    [TestMethod]
    public void An_at_risk_share_of_one_is_allowed() =>
        Assert.AreEqual(1.0, Catalog(new ServiceTargetOptions { Priority = "Low", FirstResponseHours = 1, ResolutionHours = 2, AtRiskShare = 1 }).For(InquiryPriority.Low, null).AtRiskShare);

    [TestMethod]
    [DataRow("Critical")]
    [DataRow("3")]
    [DataRow(null)]
    public void An_unknown_or_missing_priority_names_the_setting(string? priority)
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("Low", 1, 2), Policy(priority!, 1, 2)));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:1:Priority", e.Setting);
        StringAssert.Contains(e.Message, "Low, Normal, High, Urgent");
    }

    [TestMethod]
    public void An_unknown_category_names_the_setting()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("High", 1, 2, "complaints")));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:0:Category", e.Setting);
    }

    [TestMethod]
    public void A_plugin_category_may_have_its_own_policy()
    {
        var categories = new InquiryCategories([new PluginCategories()]);
        var catalog = new ServiceTargetCatalog([Policy("Normal", 2, 6, "warranty-claim")], categories);
        Assert.AreEqual(TimeSpan.FromHours(6), catalog.For(InquiryPriority.Normal, "warranty-claim").Resolution);
    }

    [TestMethod]
    public void A_repeated_policy_names_the_repetition()
    {
        var e = Assert.ThrowsExactly<CrmSettingException>(() => Catalog(Policy("High", 1, 2, "complaint"), Policy("Low", 1, 2), Policy("High", 2, 3, "complaint")));
        Assert.AreEqual("Crm:Inquiries:ServiceTargets:2", e.Setting);
        StringAssert.Contains(e.Message, "Crm:Inquiries:ServiceTargets:0");
    }

    private sealed class PluginCategories : IInquiryCategorySource
    {
        public IEnumerable<InquiryCategory> Categories { get; } = [new("warranty-claim", "Warranty claim")];
    }
}
