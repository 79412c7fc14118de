using System.Globalization;
using System.Resources;
using Crm.ScreenRenderer.Rendering;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class ShellTextTests
{
    [TestMethod]
    [DataRow("de")]
    [DataRow("ko")]
    public void Every_shell_text_is_translated(string language)
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.IsGreaterThan(20, neutral.Count);
        CollectionAssert.AreEquivalent(neutral.Keys.ToArray(), translated.Keys.ToArray());
        Assert.IsTrue(translated.Values.All(text => !string.IsNullOrWhiteSpace(text)));
        Assert.AreNotEqual(neutral["SignOut"], translated["SignOut"]);
    }

    [TestMethod]
    [DataRow("PageOf")]
    [DataRow("RowCount")]
    [DataRow("RowCountMoreThan")]
    [DataRow("ChartSummary")]
    public void Formatted_texts_take_the_same_arguments_in_every_language(string name)
    {
        foreach (var language in new[] { "en", "de", "ko" })
        {
            var text = ShellText.Get(name, CultureInfo.GetCultureInfo(language));
            Assert.AreNotEqual(name, text);
            Assert.Contains("{0}", text, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // tryParents false: a missing translation must not be filled from English. The manager owns
        // and caches the set (the renderer reads it too), so it is not disposed here.
        var set = ShellText.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new AssertFailedException($"No shell texts for {culture.Name}");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
