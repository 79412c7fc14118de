using Crm.Abstractions.Screens;
using Crm.Module.Screens;
using static Crm.Module.Tests.Screens.SampleScreen;

namespace Crm.Module.Tests.Screens;

/// <summary>Where an extension's fields, sections and actions land, and which extensions cannot apply.</summary>
[TestClass]
public sealed class ScreenComposerTests
{
    [TestMethod]
    public void Fields_go_before_or_after_their_anchor_field()
    {
        var before = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.Before("b"), Fields: [Field("x1"), Field("x2")]));
        var after = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.After("c"), Fields: [Field("x1")]));

        CollectionAssert.AreEqual(new[] { "a", "x1", "x2", "b" }, FieldIds(before, "main"));
        CollectionAssert.AreEqual(new[] { "c", "x1", "d" }, FieldIds(after, "more"));
        CollectionAssert.AreEqual(new[] { "a", "b" }, FieldIds(after, "main"));
    }

    [TestMethod]
    public void Fields_go_last_in_the_section_an_end_anchor_names()
    {
        var screen = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.EndOf("main"), Fields: [Field("x1")]));

        CollectionAssert.AreEqual(new[] { "a", "b", "x1" }, FieldIds(screen, "main"));
        CollectionAssert.AreEqual(new[] { "c", "d" }, FieldIds(screen, "more"));
    }

    [TestMethod]
    public void Sections_go_before_or_after_their_anchor_section_and_last_otherwise()
    {
        var before = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.Before("more"), Sections: [Section("s1", "f1")]));
        var after = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.After("more"), Sections: [Section("s1", "f1")]));
        var atEnd = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.End, Sections: [Section("s1", "f1")]));
        var besideAField = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.After("a"), Fields: [Field("x1")], Sections: [Section("s1")]));

        CollectionAssert.AreEqual(new[] { "main", "s1", "more" }, SectionIds(before));
        CollectionAssert.AreEqual(new[] { "main", "more", "s1" }, SectionIds(after));
        CollectionAssert.AreEqual(new[] { "main", "more", "s1" }, SectionIds(atEnd));
        CollectionAssert.AreEqual(new[] { "main", "more", "s1" }, SectionIds(besideAField));
        CollectionAssert.AreEqual(new[] { "a", "x1", "b" }, FieldIds(besideAField, "main"));
    }

    [TestMethod]
    public void Actions_go_before_or_after_their_anchor_action_and_last_otherwise()
    {
        var before = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.Before("save"), Actions: [Action("x1")]));
        var after = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.After("save"), Actions: [Action("x1")]));
        var atEnd = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.EndOf("more"), Fields: [Field("x2")], Actions: [Action("x1")]));

        CollectionAssert.AreEqual(new[] { "x1", "save", "delete" }, ActionIds(before));
        CollectionAssert.AreEqual(new[] { "save", "x1", "delete" }, ActionIds(after));
        CollectionAssert.AreEqual(new[] { "save", "delete", "x1" }, ActionIds(atEnd));
    }

    [TestMethod]
    public void The_original_definition_is_left_as_it_was()
    {
        Apply(new ScreenExtension("x", "test.card", ScreenAnchor.After("a"), Fields: [Field("x1")]));

        CollectionAssert.AreEqual(new[] { "a", "b" }, FieldIds(Card, "main"));
    }

    [TestMethod]
    [DataRow("nowhere", "its anchor 'nowhere' is no section, field or action of the screen")]
    [DataRow("b", "it adds 'b', an id the screen already has")]
    [DataRow("save", "fields need an anchor")]
    public void An_extension_that_cannot_apply_says_why(string anchorOrAddedId, string problem)
    {
        var extension = anchorOrAddedId == "b"
            ? new ScreenExtension("x", "test.card", ScreenAnchor.After("a"), Fields: [Field("b")])
            : new ScreenExtension("x", "test.card", ScreenAnchor.After(anchorOrAddedId), Fields: [Field("x1")]);

        var error = Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(extension));

        StringAssert.Contains(error.Message, problem);
    }

    [TestMethod]
    public void Unknown_end_section_fields_at_the_screen_end_duplicates_among_the_additions_and_empty_extensions_are_refused()
    {
        Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(new ScreenExtension("x", "test.card", ScreenAnchor.EndOf("nowhere"), Fields: [Field("x1")])));
        Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(new ScreenExtension("x", "test.card", ScreenAnchor.End, Fields: [Field("x1")])));
        Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(new ScreenExtension("x", "test.card", ScreenAnchor.End, Sections: [Section("s1", "x1"), Section("s2", "x1")])));
        Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(new ScreenExtension("x", "test.card", ScreenAnchor.End)));
    }

    [TestMethod]
    public void An_actions_input_shares_the_screens_ids_so_a_taken_id_is_refused()
    {
        var clash = new ScreenExtension("x", "test.card", ScreenAnchor.End, Actions: [Action("x1") with { Inputs = [Field("b")] }]);
        var fresh = Apply(new ScreenExtension("x", "test.card", ScreenAnchor.End, Actions: [Action("x1") with { Inputs = [Field("x1Note")] }]));

        var error = Assert.ThrowsExactly<ScreenCompositionException>(() => Apply(clash));

        StringAssert.Contains(error.Message, "'b'");
        Assert.AreEqual("x1Note", fresh.Actions[^1].Inputs!.Single().Id);
    }

    private static ScreenDefinition Apply(ScreenExtension extension) => ScreenComposer.Apply(Card, extension);
}
