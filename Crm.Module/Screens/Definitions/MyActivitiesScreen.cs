using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>The signed-in user's open activities and follow-ups, soonest due first.</summary>
internal static class MyActivitiesScreen
{
    private const string Key = "screens.myActivities.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.my-activities",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/activities/mine",
        RowsPath: "items",
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("type", Key + "type", FieldType.Text, "type"),
                new("subject", Key + "subject", FieldType.Text, "subject"),
                new("accountKey", Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("inquiryNumber", Key + "inquiry", FieldType.Reference, "inquiryNumber", OpensScreenId: InquiryCardScreen.Id),
                new("dueAt", Key + "dueAt", FieldType.DateTime, "dueAt"),
                new("reminderAt", Key + "reminderAt", FieldType.DateTime, "reminderAt"),
                new("status", Key + "status", FieldType.Text, "status"),
            ]),
        ],
        Actions:
        [
            new("plan", Key + "plan", "POST", "/api/crm/activities", Shortcut: "Alt+N",
                Inputs: [.. ScreenInputs.PlanActivity("plan", ScreenInputs.Account("planAccount"))]),
            new("complete", Key + "complete", "POST", "/api/crm/activities/{id}/complete", Shortcut: "Alt+D",
                Inputs: [ScreenInputs.Text("completeOutcome", ScreenInputs.Key + "outcome", "outcome")],
                RecordValues: ScreenInputs.Version),
            new("edit", Key + "edit", "PATCH", "/api/crm/activities/{id}",
                Inputs:
                [
                    ScreenInputs.Text("editSubject", ScreenInputs.Key + "subject", "subject"),
                    new("editDueAt", ScreenInputs.Key + "dueAt", FieldType.DateTime, "dueAt", Editable: true),
                    ScreenInputs.Text("editNotes", ScreenInputs.Key + "notes", "notes"),
                ],
                RecordValues: ScreenInputs.Version),
            new("reassign", Key + "reassign", "POST", "/api/crm/activities/{id}/assignment",
                Inputs: [ScreenInputs.Text("reassignTo", ScreenInputs.Key + "assignee", "assignee", required: true)],
                RecordValues: ScreenInputs.Version),
            new("cancel", Key + "cancel", "POST", "/api/crm/activities/{id}/cancel", ConfirmKey: Key + "cancelConfirm",
                Inputs: [ScreenInputs.Text("cancelReason", ScreenInputs.Key + "reason", "reason")],
                RecordValues: ScreenInputs.Version),
        ]);
}
