using Crm.Abstractions.Sales;
using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// One board per pipeline of the catalog (configured, built-in default and plugins'), a column per
/// open stage in order; a card moves by the stage action, which the opportunity service checks.
/// </summary>
internal static class PipelineBoardScreens
{
    private const string Key = "screens.pipelineBoard.";

    public static ScreenDefinition For(Pipeline pipeline) => new(
        "crm.pipeline-board." + pipeline.Code,
        ScreenKind.Board,
        Key + "title",
        DataRoute: $"/api/crm/pipelines/{pipeline.Code}/board",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin],
        TitleArgument: pipeline.Name,
        Columns: [.. pipeline.Stages.Select((stage, i) => new ScreenBoardColumn(stage.Code, stage.Name, $"columns.{i}.cards"))],
        Sections:
        [
            new("card", Key + "card",
            [
                new("number", Key + "number", FieldType.Text, "number"),
                new("name", Key + "name", FieldType.Text, "name"),
                new("accountKey", Key + "account", FieldType.Reference, "accountKey"),
                new("amount", Key + "amount", FieldType.Money, "amount"),
                new("probability", Key + "probability", FieldType.Number, "probability"),
                new("expectedCloseDate", Key + "expectedCloseDate", FieldType.Date, "expectedCloseDate"),
                new("owner", Key + "owner", FieldType.Text, "owner"),
            ]),
        ],
        Actions:
        [
            new("create", Key + "create", "POST", "/api/crm/opportunities"),
            new("moveStage", Key + "moveStage", "POST", "/api/crm/opportunities/{id}/stage"),
            new("won", Key + "won", "POST", "/api/crm/opportunities/{id}/won", ConfirmKey: Key + "wonConfirm"),
            new("lost", Key + "lost", "POST", "/api/crm/opportunities/{id}/lost", ConfirmKey: Key + "lostConfirm"),
        ]);
}
