using System.Resources;
using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Inquiries;
using ErpCrm.MedicalDevices.Accounts;
using ErpCrm.MedicalDevices.Activities;
using ErpCrm.MedicalDevices.Calibration;
using ErpCrm.MedicalDevices.Complaints;
using ErpCrm.MedicalDevices.Labels;

namespace ErpCrm.MedicalDevices.Tests.Plugin;

/// <summary>Every field, choice, category and activity type the plugin adds has its text in English, German and Korean.</summary>
[TestClass]
public sealed class LabelTests
{
    [TestMethod]
    [DataRow("en")]
    [DataRow("de")]
    [DataRow("ko")]
    public void Every_key_the_plugin_needs_has_a_text_of_its_own_in_each_language(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var labels = new MedicalLabels().Labels;

        // The neutral set is English; the others must not fall back to it.
        var set = labels.GetResourceSet(culture, createIfNotExists: true, tryParents: language == "en");
        Assert.IsNotNull(set, $"no {language} resources");
        var missing = NeededKeys().Where(key => string.IsNullOrWhiteSpace(set.GetString(key))).ToList();

        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    [TestMethod]
    public void The_messages_of_the_checks_are_translated()
    {
        var german = Messages.ResourceManager.GetString(nameof(Messages.ComplaintNeedsDevice), CultureInfo.GetCultureInfo("de"));
        var korean = Messages.ResourceManager.GetString(nameof(Messages.ComplaintNeedsDevice), CultureInfo.GetCultureInfo("ko"));

        StringAssert.Contains(german, "Seriennummer");
        StringAssert.Contains(korean, "일련번호");
    }

    private static IEnumerable<string> NeededKeys()
    {
        IEnumerable<CustomField> fields = [.. new ComplaintFields().Fields, .. new FacilityFields().Fields, .. new CalibrationFields().Fields];
        foreach (var field in fields)
        {
            yield return "field." + field.Code;
            foreach (var choice in field.Choices ?? [])
            {
                yield return $"field.{field.Code}.{choice.Code}";
            }
        }

        foreach (InquiryCategory category in new ComplaintCategory().Categories)
        {
            yield return "inquiryCategory." + category.Code;
        }

        foreach (ActivityType type in new MedicalActivityTypes().Types)
        {
            yield return "activityType." + type.Code;
        }
    }
}
