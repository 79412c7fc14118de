using Crm.Abstractions.Screens;
using static Crm.ScreenRenderer.Tests.Rendering.RenderKit;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class BoardHtmlTests
{
    private static readonly ScreenDefinition Board = new(
        "t.board",
        ScreenKind.Board,
        "board.title",
        "/api/crm/pipelines/default/board",
        [
            new("card", "board.card",
            [
                new("name", "board.name", FieldType.Text, "name"),
                new("amount", "board.amount", FieldType.Money, "amount"),
            ]),
        ],
        [
            new("create", "board.create", "POST", "/api/crm/opportunities"),
            new("moveStage", "board.moveStage", "POST", "/api/crm/opportunities/{id}/stage",
                Inputs: [new("stage", "board.stage", FieldType.Choice, "stage", Editable: true, Required: true, Choices: ["qualify", "propose", "negotiate"])],
                RecordValues: ["version"]),
            new("won", "board.won", "POST", "/api/crm/opportunities/{id}/won", ConfirmKey: "board.wonConfirm"),
        ],
        TitleArgument: "Default",
        Columns:
        [
            new("qualify", "Qualify", "columns.0.cards"),
            new("propose", "Propose", "columns.1.cards"),
            new("negotiate", "Negotiate", "columns.2.cards"),
        ]);

    private const string Data = """
        {"columns":[
          {"cards":[{"id":11,"name":"Pumps for Acme","amount":5000,"currency":"EUR","version":1},
                    {"id":12,"name":"Valves","amount":700,"currency":"USD","version":2}]},
          {"cards":[{"id":13,"name":"Service contract","amount":12000,"currency":"EUR","version":5}]},
          {"cards":[]}]}
        """;

    [TestMethod]
    public void Each_configured_column_shows_its_name_count_and_cards()
    {
        var columns = Render(Page(Board, Data)).All("section").Where(section => section.Attr("class") == "board-column").ToList();

        CollectionAssert.AreEqual(new[] { "Qualify (2)", "Propose (1)", "Negotiate (0)" }, columns.Select(column => column.Element("h2")!.Value).ToArray());
        Assert.HasCount(2, columns[0].Elements("article"));
        Assert.AreEqual("Service contract", columns[1].Element("article")!.All("dd").First().Value);
        Assert.AreEqual("€12,000.00", columns[1].Element("article")!.All("dd").ElementAt(1).Value);
        Assert.AreEqual("Nothing to show.", columns[2].Element("p")!.Value);
    }

    [TestMethod]
    public void Cards_carry_their_actions_with_their_own_id_and_version()
    {
        var html = Render(Page(Board, Data));

        var valves = html.All("article").ElementAt(1);
        var move = valves.All("form").Single(form => form.Attr("action") == "/screens/t.board/actions/moveStage");
        Assert.AreEqual("12", move.Named("_route.id").Attr("value"));
        Assert.AreEqual("2", move.Named("_record.version").Attr("value"));
        Assert.AreEqual("board.moveStage", move.Parent!.Element("summary")!.Value);
        var won = valves.All("form").Single(form => form.Attr("action") == "/screens/t.board/actions/won");
        Assert.AreEqual("board.wonConfirm", won.All("button").Single().Attr("data-confirm"));
        Assert.AreEqual("details", move.Parent.Name.LocalName);
        Assert.AreEqual(1, html.Forms("create").Count(), "the create action belongs to the board, not to a card");
    }

    [TestMethod]
    public void The_move_choice_shows_column_names_and_preselects_the_column_the_card_sits_in()
    {
        var service = Render(Page(Board, Data)).All("article").ElementAt(2);

        var stage = service.All("select").Single();
        CollectionAssert.AreEqual(new[] { "Qualify", "Propose", "Negotiate" }, stage.Elements("option").Select(option => option.Value).ToArray());
        Assert.AreEqual("propose", stage.Elements("option").Single(option => option.Attr("selected") == "selected").Attr("value"));
    }
}
