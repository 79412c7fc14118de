using System.Collections;
using System.Globalization;
using System.Resources;
using Host.Sample.Erp.Screens;

namespace Host.Sample.Tests.Erp;

[TestClass]
public sealed class ErpLabelsTests
{
    private static readonly ResourceManager Labels = new ErpLabelSource().Labels;

    [TestMethod]
    public void Every_english_key_has_a_german_and_a_korean_text()
    {
        var english = KeysOf(CultureInfo.InvariantCulture);
        Assert.IsNotEmpty(english);
        foreach (var language in new[] { "de", "ko" })
        {
            var translated = Labels.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)
                ?? throw new AssertFailedException($"No {language} labels.");
            var missing = english.Where(key => string.IsNullOrWhiteSpace(translated.GetString(key))).ToList();
            Assert.IsEmpty(missing, $"{language}: {string.Join(", ", missing)}");
            Assert.IsTrue(english.SetEquals(KeysOf(CultureInfo.GetCultureInfo(language))), $"{language} has keys English lacks.");
        }
    }

    [TestMethod]
    public void The_korean_and_german_texts_are_translations()
    {
        var korean = Labels.GetString("erp.customers.title", CultureInfo.GetCultureInfo("ko-KR"));
        Assert.AreEqual("고객", korean);
        Assert.AreEqual("Kunden", Labels.GetString("erp.customers.title", CultureInfo.GetCultureInfo("de-DE")));
    }

    [TestMethod]
    public void Every_key_the_erp_screens_use_has_a_text_choices_included()
    {
        var english = KeysOf(CultureInfo.InvariantCulture);
        var used = new List<string>();
        foreach (var screen in new ErpScreens().Screens)
        {
            used.Add(screen.TitleKey);
            foreach (var section in screen.Sections)
            {
                used.Add(section.LabelKey);
                foreach (var field in section.Fields)
                {
                    used.Add(field.LabelKey);
                    used.AddRange((field.Choices ?? []).Select(choice => $"{field.LabelKey}.{choice}"));
                }
            }

            used.AddRange(screen.Actions.Select(a => a.LabelKey));
        }

        Assert.IsTrue(used.Any(key => key.EndsWith(".Shipped", StringComparison.Ordinal)));
        var missing = used.Where(key => !english.Contains(key)).Distinct().ToList();
        Assert.IsEmpty(missing, string.Join(", ", missing));
        Assert.IsTrue(used.All(key => key.StartsWith("erp.", StringComparison.Ordinal)));
    }

    private static HashSet<string> KeysOf(CultureInfo culture)
    {
        var set = Labels.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new AssertFailedException($"No labels for '{culture.Name}'.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
