using System.Text.Json;
using Host.Sample.BrowserTests.Browsers;
using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>A sales rep (German, as the demo user is set up) moves a deal on the pipeline board; the opportunity service records the stage.</summary>
[TestClass]
public sealed class PipelineBoardTests : BrowserTest
{
    [TestMethod]
    public async Task A_rep_moves_an_opportunity_to_the_next_stage_on_the_board()
    {
        await SignInAsync("rep");
        var created = await Page.APIRequest.PostAsync("/api/crm/opportunities", new()
        {
            DataObject = new { name = "Espresso machines for Davies", accountKey = "C10001", amount = 12500m, expectedCloseDate = "2027-01-29", pipeline = "new-business" },
        });
        Assert.IsTrue(created.Ok, $"Creating the opportunity answered {created.Status}.");
        var opportunity = (await created.JsonAsync())!.Value;
        var id = Opportunity(opportunity).GetProperty("id").GetInt64();

        await Page.GotoAsync("/screens/crm.pipeline-board.new-business");
        var card = Page.Locator("article").Filter(new() { HasText = "Espresso machines for Davies" });
        await Assertions.Expect(Column("Qualification").Locator("article").Filter(new() { HasText = "Espresso machines for Davies" })).ToHaveCountAsync(1);
        await StepAsync("board");

        await card.Locator("summary", new() { HasText = "In Phase verschieben" }).ClickAsync();
        var stage = card.GetByLabel("Phase");
        await Assertions.Expect(stage.Locator("option[value='proposal']")).ToBeAttachedAsync();
        await stage.SelectOptionAsync("proposal");
        await StepAsync("moving");
        await card.GetByRole(AriaRole.Button, new() { Name = "In Phase verschieben" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt");
        await Assertions.Expect(Column("Proposal").Locator("article").Filter(new() { HasText = "Espresso machines for Davies" })).ToHaveCountAsync(1);
        await Assertions.Expect(Column("Qualification").Locator("article").Filter(new() { HasText = "Espresso machines for Davies" })).ToHaveCountAsync(0);
        await StepAsync("moved");

        var read = await Page.APIRequest.GetAsync($"/api/crm/opportunities/{id}");
        var now = Opportunity((await read.JsonAsync())!.Value);
        Assert.AreEqual("proposal", now.GetProperty("stageCode").GetString());
        Assert.AreEqual(50, now.GetProperty("probability").GetInt32());
    }

    // The answers wrap the opportunity (with a warning about a second rep on the account) or are it.
    private static JsonElement Opportunity(JsonElement answer) =>
        answer.TryGetProperty("opportunity", out var inner) ? inner : answer;

    private ILocator Column(string name) =>
        Page.Locator("section.board-column").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = name }) });
}
