using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// One opportunity by its id: its figures to edit and save, its stage history, and the moves on it
/// (stage, won, lost with a reason, reopen). The stage inputs list the opportunity's own pipeline.
/// </summary>
internal static class OpportunityCardScreen
{
    public const string Id = "crm.opportunity-card";

    private const string Key = "screens.opportunityCard.";
    private const string Board = "screens.pipelineBoard.";
    private const string OwnStages = "{pipelineCode}";

    public static ScreenDefinition Definition { get; } = new(
        Id,
        ScreenKind.Card,
        Key + "title",
        DataRoute: "/api/crm/opportunities/{key}",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin],
        Sections:
        [
            new("details", Key + "details",
            [
                new("number", Board + "number", FieldType.Text, "number"),
                ScreenInputs.Text("name", Board + "name", "name", required: true),
                new("accountKey", Board + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("amount", Board + "amount", FieldType.Money, "amount", Editable: true, Required: true),
                ScreenInputs.Text("currency", ScreenInputs.Key + "currency", "currency", required: true),
                new("probability", Board + "probability", FieldType.Number, "probability", Editable: true),
                new("expectedCloseDate", Board + "expectedCloseDate", FieldType.Date, "expectedCloseDate", Editable: true, Required: true),
                ScreenInputs.Text("owner", Board + "owner", "owner", required: true),
                ScreenInputs.Text("reference", Key + "reference", "reference"),
            ]),
            new("state", Key + "state",
            [
                new("pipelineCode", ScreenInputs.Key + "pipeline", FieldType.Text, "pipelineCode"),
                new("stageCode", ScreenInputs.Key + "stage", FieldType.Text, "stageCode"),
                new("status", Key + "status", FieldType.Text, "status"),
                new("lostReason", ScreenInputs.Key + "lostReason", FieldType.Text, "lostReason"),
                new("lostNote", ScreenInputs.Key + "note", FieldType.Text, "lostNote"),
                new("closedAt", Key + "closedAt", FieldType.DateTime, "closedAt"),
                new("leadId", Key + "lead", FieldType.Text, "leadId", OpensScreenId: LeadCardScreen.Id),
                new("updatedAt", Key + "updatedAt", FieldType.DateTime, "updatedAt"),
                new("updatedBy", Key + "updatedBy", FieldType.Text, "updatedBy"),
            ]),
            new("stageHistory", Key + "stageHistory",
            [
                new("visitStage", ScreenInputs.Key + "stage", FieldType.Text, "stageCode"),
                new("visitProbability", Board + "probability", FieldType.Number, "probability"),
                new("enteredAt", Key + "enteredAt", FieldType.DateTime, "enteredAt"),
                new("leftAt", Key + "leftAt", FieldType.DateTime, "leftAt"),
                new("visitBy", Key + "by", FieldType.Text, "by"),
            ],
            RowsPath: "stages",
            DataRoute: "/api/crm/opportunities/{key}/history"),
            new("closeDateHistory", Key + "closeDateHistory",
            [
                new("oldDate", Key + "oldDate", FieldType.Date, "oldDate"),
                new("newDate", Key + "newDate", FieldType.Date, "newDate"),
                new("changedAt", Key + "changedAt", FieldType.DateTime, "changedAt"),
                new("changedBy", Key + "by", FieldType.Text, "by"),
            ],
            RowsPath: "closeDates",
            DataRoute: "/api/crm/opportunities/{key}/history"),
        ],
        Actions:
        [
            new("save", Key + "save", "PATCH", "/api/crm/opportunities/{key}", Shortcut: "Ctrl+Enter", RecordValues: ScreenInputs.Version, SendsForm: true),
            new("moveStage", Board + "moveStage", "POST", "/api/crm/opportunities/{key}/stage",
                Inputs: [ScreenInputs.Stage("moveTo", OwnStages)],
                RecordValues: ScreenInputs.Version),
            new("won", Board + "won", "POST", "/api/crm/opportunities/{key}/won", ConfirmKey: Board + "wonConfirm",
                RecordValues: ScreenInputs.Version),
            new("lost", Board + "lost", "POST", "/api/crm/opportunities/{key}/lost", ConfirmKey: Board + "lostConfirm",
                Inputs: [ScreenInputs.LostReason("lostReasonInput"), ScreenInputs.Text("lostNoteInput", ScreenInputs.Key + "note", "note")],
                RecordValues: ScreenInputs.Version),
            new("reopen", Key + "reopen", "POST", "/api/crm/opportunities/{key}/reopen",
                Inputs: [ScreenInputs.Stage("reopenStage", OwnStages, required: false)],
                RecordValues: ScreenInputs.Version),
        ]);
}
