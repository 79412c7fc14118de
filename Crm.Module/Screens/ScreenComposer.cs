using Crm.Abstractions.Screens;

namespace Crm.Module.Screens;

/// <summary>
/// Applies one <see cref="ScreenExtension"/> to one screen, following the placement rules documented
/// on <see cref="ScreenExtension"/>. Answers the composed screen, or why the extension cannot apply.
/// </summary>
internal static class ScreenComposer
{
    private const string FieldsNeedAnchor = "fields need an anchor before or after a field, or at the end of a section";

    public static ScreenDefinition Apply(ScreenDefinition screen, ScreenExtension extension)
    {
        IReadOnlyList<ScreenField> fields = extension.Fields ?? [];
        IReadOnlyList<ScreenSection> sections = extension.Sections ?? [];
        IReadOnlyList<ScreenAction> actions = extension.Actions ?? [];
        if (fields.Count + sections.Count + actions.Count == 0)
        {
            throw new ScreenCompositionException("it adds nothing");
        }

        var added = fields.Select(f => f.Id).Concat(sections.SelectMany(ScreenIds.Of)).Concat(actions.SelectMany(ScreenIds.Of));
        if (ScreenIds.FirstRepeated(ScreenIds.Of(screen).Concat(added)) is { } repeated)
        {
            throw new ScreenCompositionException($"it adds '{repeated}', an id the screen already has");
        }

        var composed = new Parts(screen);
        var anchor = extension.Anchor;
        if (anchor.Placement == AnchorPlacement.End)
        {
            if (fields.Count > 0)
            {
                throw new ScreenCompositionException(FieldsNeedAnchor);
            }
        }
        else if (anchor.TargetId is not { } target)
        {
            throw new ScreenCompositionException($"its {anchor.Placement} anchor names no target");
        }
        else if (anchor.Placement == AnchorPlacement.EndOfSection)
        {
            composed.AppendFields(target, fields);
        }
        else
        {
            var offset = anchor.Placement == AnchorPlacement.After ? 1 : 0;
            if (!composed.TryInsertAt(target, offset, fields, sections, actions))
            {
                throw new ScreenCompositionException($"its anchor '{target}' is no section, field or action of the screen");
            }

            return composed.ToScreen();
        }

        composed.Sections.AddRange(sections);
        composed.Actions.AddRange(actions);
        return composed.ToScreen();
    }

    /// <summary>The screen's sections and actions as lists to insert into.</summary>
    private sealed class Parts(ScreenDefinition screen)
    {
        public List<ScreenSection> Sections { get; } = [.. screen.Sections];

        public List<ScreenAction> Actions { get; } = [.. screen.Actions];

        public ScreenDefinition ToScreen() => screen with { Sections = Sections, Actions = Actions };

        public void AppendFields(string sectionId, IReadOnlyList<ScreenField> fields)
        {
            var index = Sections.FindIndex(s => s.Id == sectionId);
            if (index < 0)
            {
                throw new ScreenCompositionException($"its anchor section '{sectionId}' is no section of the screen");
            }

            Sections[index] = Sections[index] with { Fields = [.. Sections[index].Fields, .. fields] };
        }

        // The target's kind decides which of the additions go at the anchor; the other kinds go last.
        public bool TryInsertAt(string target, int offset, IReadOnlyList<ScreenField> fields, IReadOnlyList<ScreenSection> sections, IReadOnlyList<ScreenAction> actions)
        {
            var section = Sections.FindIndex(s => s.Id == target);
            var action = Actions.FindIndex(a => a.Id == target);
            var holder = Sections.FindIndex(s => s.Fields.Any(f => f.Id == target));
            if (section < 0 && action < 0 && holder < 0)
            {
                return false;
            }

            if (holder < 0 && fields.Count > 0)
            {
                throw new ScreenCompositionException(FieldsNeedAnchor);
            }

            if (holder >= 0)
            {
                var list = Sections[holder].Fields.ToList();
                list.InsertRange(list.FindIndex(f => f.Id == target) + offset, fields);
                Sections[holder] = Sections[holder] with { Fields = list };
            }

            InsertOrAppend(Sections, section, offset, sections);
            InsertOrAppend(Actions, action, offset, actions);
            return true;
        }

        private static void InsertOrAppend<T>(List<T> list, int index, int offset, IReadOnlyList<T> items)
        {
            if (index < 0)
            {
                list.AddRange(items);
            }
            else
            {
                list.InsertRange(index + offset, items);
            }
        }
    }
}
