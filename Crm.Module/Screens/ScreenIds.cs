using Crm.Abstractions.Screens;

namespace Crm.Module.Screens;

/// <summary>The ids of a screen's parts, one namespace per screen, so that an anchor names exactly one part.</summary>
internal static class ScreenIds
{
    public static IEnumerable<string> Of(ScreenDefinition screen) =>
        screen.Sections.SelectMany(Of)
            .Concat(screen.Actions.SelectMany(Of))
            .Concat((screen.Tiles ?? []).Select(t => t.Id))
            .Concat((screen.Charts ?? []).Select(c => c.Id));

    public static IEnumerable<string> Of(ScreenSection section) =>
        section.Fields.Select(f => f.Id)
            .Concat((section.Charts ?? []).Select(c => c.Id))
            .Prepend(section.Id);

    /// <summary>An action's id and its inputs' ids, which share the screen's namespace.</summary>
    public static IEnumerable<string> Of(ScreenAction action) =>
        (action.Inputs ?? []).Select(i => i.Id).Prepend(action.Id);

    /// <summary>The first id that occurs twice, or null.</summary>
    public static string? FirstRepeated(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ids.FirstOrDefault(id => !seen.Add(id));
    }
}
