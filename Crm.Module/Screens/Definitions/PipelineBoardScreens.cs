using Crm.Abstractions.Sales;
using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// One board per pipeline of the catalog (configured, built-in default and plugins'), a column per
/// open stage in order; a card moves by the stage action, which the opportunity service checks. The
/// stage inputs list the pipeline's stages from the API, so configured stages show their configured names.
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
                // Text, not Number: an id must not get the culture's thousands separator (1.234).
                new("id", Key + "id", FieldType.Text, "id", OpensScreenId: OpportunityCardScreen.Id),
                new("number", Key + "number", FieldType.Text, "number"),
                new("name", Key + "name", FieldType.Text, "name"),
                new("accountKey", Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("amount", Key + "amount", FieldType.Money, "amount"),
                new("probability", Key + "probability", FieldType.Number, "probability"),
                new("expectedCloseDate", Key + "expectedCloseDate", FieldType.Date, "expectedCloseDate"),
                new("owner", Key + "owner", FieldType.Text, "owner"),
            ]),
        ],
        Actions:
        [
            new("create", Key + "create", "POST", "/api/crm/opportunities",
                Inputs:
                [
                    ScreenInputs.Text("createName", ScreenInputs.Key + "opportunityName", "name", required: true),
                    ScreenInputs.Account("createAccount", required: false),
                    new("createAmount", ScreenInputs.Key + "amount", FieldType.Number, "amount", Editable: true, Required: true),
                    ScreenInputs.Text("createCurrency", ScreenInputs.Key + "currency", "currency"),
                    new("createCloseDate", ScreenInputs.Key + "expectedCloseDate", FieldType.Date, "expectedCloseDate", Editable: true, Required: true),
                    ScreenInputs.Stage("createStage", pipeline.Code, required: false),
                    ScreenInputs.Text("createOwner", ScreenInputs.Key + "owner", "owner"),
                    // None means the default pipeline; the stage list above is this board's.
                    new("createPipeline", ScreenInputs.Key + "pipeline", FieldType.Choice, "pipeline", Editable: true,
                        OptionsRoute: "/api/crm/pipelines", OptionValuePath: "code", OptionLabelPath: "name"),
                ]),
            new("moveStage", Key + "moveStage", "POST", "/api/crm/opportunities/{id}/stage",
                Inputs: [ScreenInputs.Stage("moveTo", pipeline.Code)],
                RecordValues: ScreenInputs.Version),
            new("won", Key + "won", "POST", "/api/crm/opportunities/{id}/won", ConfirmKey: Key + "wonConfirm",
                RecordValues: ScreenInputs.Version),
            new("lost", Key + "lost", "POST", "/api/crm/opportunities/{id}/lost", ConfirmKey: Key + "lostConfirm",
                Inputs: [ScreenInputs.LostReason("lostReason"), ScreenInputs.Text("lostNote", ScreenInputs.Key + "note", "note")],
                RecordValues: ScreenInputs.Version),
        ]);
}
