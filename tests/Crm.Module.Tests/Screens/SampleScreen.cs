using Crm.Abstractions.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>A small card to compose against: two sections of two fields, two actions.</summary>
internal static class SampleScreen
{
    public static ScreenDefinition Card { get; } = new(
        "test.card",
        ScreenKind.Card,
        "t.title",
        DataRoute: null,
        Sections:
        [
            new("main", "t.main", [Field("a"), Field("b")]),
            new("more", "t.more", [Field("c"), Field("d")]),
        ],
        Actions: [Action("save"), Action("delete")]);

    public static ScreenField Field(string id) => new(id, "t." + id, FieldType.Text, id);

    public static ScreenAction Action(string id) => new(id, "t." + id, "POST", "/api/crm/" + id);

    public static ScreenSection Section(string id, params string[] fields) => new(id, "t." + id, [.. fields.Select(Field)]);

    public static string[] FieldIds(ScreenDefinition screen, string section) => [.. screen.Sections.Single(s => s.Id == section).Fields.Select(f => f.Id)];

    public static string[] SectionIds(ScreenDefinition screen) => [.. screen.Sections.Select(s => s.Id)];

    public static string[] ActionIds(ScreenDefinition screen) => [.. screen.Actions.Select(a => a.Id)];
}
