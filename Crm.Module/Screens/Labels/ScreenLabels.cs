using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Screens;
using Crm.Module.CustomFields;

namespace Crm.Module.Screens.Labels;

/// <summary>
/// The texts of every <see cref="ILabelSource"/> in one culture. The neutral resources name each
/// source's keys; each key's text comes from the culture's resources and falls back to the neutral
/// text through the resource manager's parent chain. On a key two sources share, the add-on's own
/// wins, then the sources in the order of their name. A custom field's <c>field.&lt;code&gt;</c> key
/// that no source has reads as the field's (English) name from its definition. Resources never change while the host runs,
/// so each culture's set is built once.
/// </summary>
internal sealed class ScreenLabels
{
    private readonly IReadOnlyList<ILabelSource> _sources;
    private readonly ConcurrentDictionary<string, LabelSet> _byCulture = new(StringComparer.Ordinal);
    private readonly CustomFieldDefinitions? _customFields;

    /// <param name="sources">The label sources.</param>
    /// <param name="customFields">The custom fields, whose English names stand for the <c>field.&lt;code&gt;</c> keys no source translates.</param>
    public ScreenLabels(IEnumerable<ILabelSource> sources, CustomFieldDefinitions? customFields = null)
    {
        _customFields = customFields;
        _sources = [.. sources
            .OrderBy(s => s.GetType().Assembly == typeof(ScreenLabels).Assembly ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    public LabelSet For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _byCulture.GetOrAdd(culture.Name, _ => Build(culture));
    }

    private LabelSet Build(CultureInfo culture)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            foreach (var key in NeutralKeys(source))
            {
                if (!labels.ContainsKey(key) && source.Labels.GetString(key, culture) is { } text)
                {
                    labels.Add(key, text);
                }
            }
        }

        AddCustomFieldNames(labels);
        return new LabelSet(culture.Name, labels);
    }

    private void AddCustomFieldNames(SortedDictionary<string, string> labels)
    {
        var fields = Enum.GetValues<CustomFieldEntity>().SelectMany(entity => _customFields?.Of(entity) ?? []).Select(defined => defined.Field);
        foreach (var field in fields)
        {
            // A code is unique per entity only; the same code on two entities shares its label, the first name kept.
            labels.TryAdd("field." + field.Code, field.Name);
            foreach (var choice in field.Choices ?? [])
            {
                labels.TryAdd($"field.{field.Code}.{choice.Code}", choice.Name);
            }
        }
    }

    private static IEnumerable<string> NeutralKeys(ILabelSource source)
    {
        var neutral = source.Labels.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        if (neutral is null)
        {
            return [];
        }

        return [.. neutral.Cast<DictionaryEntry>().Where(e => e.Value is string).Select(e => (string)e.Key)];
    }
}
