using System.Globalization;
using System.Resources;
using Crm.Abstractions.Screens;
using Crm.Module.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>Every label key a built-in screen or extension uses, its actions' inputs included, has an English text in <c>Screens/Labels.resx</c>.</summary>
[TestClass]
public sealed class ScreenLabelTests
{
    private static readonly ResourceManager Labels = new("Crm.Module.Screens.Labels", typeof(ScreenCatalog).Assembly);

    [TestMethod]
    public void Every_key_of_the_built_in_screens_has_an_english_text()
    {
        var keys = BuiltInScreenSet.Screens.Screens
            .SelectMany(KeysOf)
            .Concat(BuiltInScreenSet.Extensions.Extensions.SelectMany(KeysOf))
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

    private static IEnumerable<string> KeysOf(ScreenDefinition screen) =>
        screen.Sections.SelectMany(KeysOf)
            .Concat(screen.Actions.SelectMany(KeysOf))
            .Concat((screen.Tiles ?? []).Select(t => t.LabelKey))
            .Concat((screen.Charts ?? []).Select(c => c.LabelKey))
            .Prepend(screen.TitleKey);

    private static IEnumerable<string> KeysOf(ScreenExtension extension) =>
        (extension.Fields ?? []).SelectMany(KeysOf)
            .Concat((extension.Sections ?? []).SelectMany(KeysOf))
            .Concat((extension.Actions ?? []).SelectMany(KeysOf));

    private static IEnumerable<string> KeysOf(ScreenSection section) =>
        section.Fields.SelectMany(KeysOf)
            .Concat((section.Charts ?? []).Select(c => c.LabelKey))
            .Prepend(section.LabelKey);

    // A choice's values are shown by the field's key with the value appended; a file's choices are media types, never shown.
    private static IEnumerable<string> KeysOf(ScreenField field) =>
        (field.Type == FieldType.File ? [] : field.Choices ?? []).Select(choice => field.LabelKey + "." + choice).Prepend(field.LabelKey);

    private static IEnumerable<string> KeysOf(ScreenAction action) =>
        (action.Inputs ?? []).SelectMany(KeysOf)
            .Append(action.LabelKey)
            .Concat(action.ConfirmKey is { } confirm ? [confirm] : []);
}
