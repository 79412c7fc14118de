using System.Globalization;
using System.Resources;

namespace Crm.Module.Tests.Localization;

/// <summary>The German and Korean message files translate every English message of <c>Messages.resx</c>.</summary>
[TestClass]
public sealed class MessageTranslationTests
{
    private static ResourceManager Resources => Messages.ResourceManager;

    private static IReadOnlyDictionary<string, string> English => TranslationCheck.TextsOf(Resources, CultureInfo.InvariantCulture);

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void Every_english_message_has_a_translation(string culture)
    {
        var missing = TranslationCheck.Missing(English, TranslationCheck.TextsOf(Resources, CultureInfo.GetCultureInfo(culture)));

        Assert.IsGreaterThan(50, English.Count);
        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void A_translation_has_no_keys_english_does_not_have(string culture)
    {
        var extra = TranslationCheck.Extra(English, TranslationCheck.TextsOf(Resources, CultureInfo.GetCultureInfo(culture)));

        Assert.IsEmpty(extra, string.Join(", ", extra));
    }

    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void A_translation_keeps_the_placeholders(string culture)
    {
        var mismatches = TranslationCheck.PlaceholderMismatches(English, TranslationCheck.TextsOf(Resources, CultureInfo.GetCultureInfo(culture)));

        Assert.IsEmpty(mismatches, string.Join(", ", mismatches));
    }

    // No message is the same sentence in English and German or Korean, so nothing is exempt.
    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void No_message_is_a_copy_of_the_english_one(string culture)
    {
        var copied = TranslationCheck.CopiedFromEnglish(English, TranslationCheck.TextsOf(Resources, CultureInfo.GetCultureInfo(culture)), new HashSet<string>());

        Assert.IsEmpty(copied, string.Join(", ", copied));
    }

    [TestMethod]
    public void The_generated_accessor_reads_the_language_of_the_current_ui_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.AreEqual("Ist ein Pflichtfeld.", Messages.FieldRequired);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            Assert.AreEqual("필수 항목입니다.", Messages.FieldRequired);
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.AreEqual("Is required.", Messages.FieldRequired);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
