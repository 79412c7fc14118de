using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Crm.Module.Tests.Localization;

/// <summary>
/// Compares one language's resource file with the neutral (English) one. Each culture is read on
/// its own, without fallback, because a ResourceManager quietly answers a missing German text with
/// the English one, which would hide exactly the gaps these checks look for.
/// </summary>
internal static partial class TranslationCheck
{
    /// <summary>The texts of exactly one resource file: the neutral one for the invariant culture.</summary>
    public static IReadOnlyDictionary<string, string> TextsOf(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}' in {resources.BaseName}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    /// <summary>Neutral keys the translation lacks or leaves blank.</summary>
    public static List<string> Missing(IReadOnlyDictionary<string, string> neutral, IReadOnlyDictionary<string, string> translated) =>
        neutral.Keys.Where(k => !translated.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Keys only the translation has: usually a renamed or misspelt key.</summary>
    public static List<string> Extra(IReadOnlyDictionary<string, string> neutral, IReadOnlyDictionary<string, string> translated) =>
        translated.Keys.Where(k => !neutral.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Keys whose translation uses other <c>{n}</c> placeholders than the English text, so a value would go missing or string.Format would throw.</summary>
    public static List<string> PlaceholderMismatches(IReadOnlyDictionary<string, string> neutral, IReadOnlyDictionary<string, string> translated) =>
        neutral.Where(e => translated.TryGetValue(e.Key, out var text) && !Placeholders(e.Value).SetEquals(Placeholders(text)))
            .Select(e => e.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Keys whose translation is the English text itself, apart from those known to be the same word in that language.</summary>
    public static List<string> CopiedFromEnglish(
        IReadOnlyDictionary<string, string> neutral, IReadOnlyDictionary<string, string> translated, IReadOnlySet<string> sameInBoth) =>
        neutral.Where(e => !sameInBoth.Contains(e.Key) && translated.TryGetValue(e.Key, out var text) && text == e.Value)
            .Select(e => e.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
