using System.Globalization;
using System.Resources;
using Crm.Abstractions.Screens;
using Crm.Module.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>Every label key a built-in screen or extension uses has an English text in <c>Screens/Labels.resx</c>.</summary>
[TestClass]
public sealed class ScreenLabelTests
{
    private static readonly ResourceManager Labels = new("Crm.Module.Screens.Labels", typeof(ScreenCatalog).Assembly);

    [TestMethod]
    public void Every_key_of_the_built_in_screens_has_an_english_text()
    {
        var keys = BuiltInScreenSet.Screens.Screens
            .Concat(BuiltInScreenSet.Extensions.Extensions.Select(e => new ScreenDefinition(e.Id, ScreenKind.Card, "screens.customerCard.finance", null, e.Sections ?? [], e.Actions ?? [])))
            .SelectMany(KeysOf)
            .Distinct()
            .ToList();

        var missing = keys.Where(k => string.IsNullOrWhiteSpace(Labels.GetString(k, CultureInfo.InvariantCulture))).ToList();

        Assert.IsTrue(keys.Count > 100, $"only {keys.Count} keys found");
        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    [TestMethod]
    public void A_key_that_is_not_in_the_file_is_found_missing()
    {
        Assert.IsNotNull(Labels.GetString("screens.inquiryQueue.title", CultureInfo.InvariantCulture));
        Assert.IsNull(Labels.GetString("screens.inquiryQueue.nothing", CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> KeysOf(ScreenDefinition screen)
    {
        yield return screen.TitleKey;
        foreach (var section in screen.Sections)
        {
            yield return section.LabelKey;
            foreach (var field in section.Fields)
            {
                yield return field.LabelKey;
                foreach (var choice in field.Choices ?? [])
                {
                    yield return field.LabelKey + "." + choice;
                }
            }

            foreach (var chart in section.Charts ?? [])
            {
                yield return chart.LabelKey;
            }
        }

        foreach (var action in screen.Actions)
        {
            yield return action.LabelKey;
            if (action.ConfirmKey is { } confirm)
            {
                yield return confirm;
            }
        }

        foreach (var label in (screen.Tiles ?? []).Select(t => t.LabelKey).Concat((screen.Charts ?? []).Select(c => c.LabelKey)))
        {
            yield return label;
        }
    }
}
