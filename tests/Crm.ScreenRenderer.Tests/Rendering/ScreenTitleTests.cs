using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class ScreenTitleTests
{
    [TestMethod]
    public void A_title_inserts_its_configured_argument_and_a_missing_label_shows_its_key()
    {
        var board = new ScreenDefinition("t.board", ScreenKind.Board, "board.title", null, [], [], TitleArgument: "Großkunden");

        Assert.AreEqual("Pipeline Großkunden", ScreenHtml.Title(board, Context("de-DE", new Dictionary<string, string> { ["board.title"] = "Pipeline {0}" })));
        Assert.AreEqual("board.title", ScreenHtml.Title(board, Context()));
    }
}
