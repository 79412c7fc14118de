using System.Globalization;
using System.Resources;
using Crm.Module.Screens;
using Crm.Module.Tests.Localization;

namespace Crm.Module.Tests.Screens;

/// <summary>The German and Korean label files translate every English label of <c>Screens/Labels.resx</c>.</summary>
[TestClass]
public sealed class LabelTranslationTests
{
    private static readonly ResourceManager Labels = new("Crm.Module.Screens.Labels", typeof(ScreenCatalog).Assembly);

    // Labels that really are the same word in German; anything else equal to English is an untranslated copy.
    private static readonly HashSet<string> SameInGerman =
    [
        "screens.customerCard.orderStatus",
        "screens.inquiryQueue.status",
        "screens.leadList.status",
        "screens.myActivities.status",
        "screens.inquiryQueue.team",
        "screens.inquiryQuickLog.channel.Web",
        "screens.inquiryQuickLog.priority.Normal",
        "screens.leadList.title",
        "screens.leadList.columns",
        "screens.leadList.duplicateName",
        "screens.inputs.channel.Web",
        "screens.inputs.team",
        "screens.inputs.inquiryStatus",
        "screens.inquiryCard.details",
        "screens.inputs.pipeline",
        "screens.opportunityCard.details",
        "screens.opportunityCard.state",
        "screens.opportunityCard.status",
        "screens.inputs.leadStatus",
        "screens.leadCard.title",
        "screens.leadCard.state",
        "screens.leadCard.text",
        "screens.segments.tier",
        "screens.plugins.name",
        "screens.plugins.version",
        "screens.customerCardSales.status",
    ];

    private static IReadOnlyDictionary<string, string> English => TranslationCheck.TextsOf(Labels, CultureInfo.InvariantCulture);

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void Every_english_label_has_a_translation(string culture)
    {
        var translated = TranslationCheck.TextsOf(Labels, CultureInfo.GetCultureInfo(culture));

        var missing = TranslationCheck.Missing(English, translated);

        Assert.IsGreaterThan(100, English.Count);
        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void A_translation_has_no_keys_english_does_not_have(string culture)
    {
        var extra = TranslationCheck.Extra(English, TranslationCheck.TextsOf(Labels, CultureInfo.GetCultureInfo(culture)));

        Assert.IsEmpty(extra, string.Join(", ", extra));
    }

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void A_translation_keeps_the_placeholders(string culture)
    {
        var mismatches = TranslationCheck.PlaceholderMismatches(English, TranslationCheck.TextsOf(Labels, CultureInfo.GetCultureInfo(culture)));

        Assert.IsEmpty(mismatches, string.Join(", ", mismatches));
    }

    [TestMethod]
    public void German_labels_are_not_copies_of_the_english_ones()
    {
        var copied = TranslationCheck.CopiedFromEnglish(English, TranslationCheck.TextsOf(Labels, CultureInfo.GetCultureInfo("de")), SameInGerman);

        Assert.IsEmpty(copied, string.Join(", ", copied));
    }

    [TestMethod]
    public void Korean_labels_are_not_copies_of_the_english_ones()
    {
        var copied = TranslationCheck.CopiedFromEnglish(English, TranslationCheck.TextsOf(Labels, CultureInfo.GetCultureInfo("ko")), new HashSet<string>());

        Assert.IsEmpty(copied, string.Join(", ", copied));
    }

    [TestMethod]
    public void The_label_of_the_user_culture_is_found_through_the_normal_fallback()
    {
        Assert.AreEqual("Anfragen-Warteschlange", Labels.GetString("screens.inquiryQueue.title", CultureInfo.GetCultureInfo("de-DE")));
        Assert.AreEqual("문의 대기열", Labels.GetString("screens.inquiryQueue.title", CultureInfo.GetCultureInfo("ko-KR")));
        Assert.AreEqual("Inquiry queue", Labels.GetString("screens.inquiryQueue.title", CultureInfo.GetCultureInfo("fr-FR")));
    }
}
