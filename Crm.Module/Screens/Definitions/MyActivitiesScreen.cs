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
                new("accountKey", Key + "account", FieldType.Reference, "accountKey"),
                new("inquiryNumber", Key + "inquiry", FieldType.Reference, "inquiryNumber"),
                new("dueAt", Key + "dueAt", FieldType.DateTime, "dueAt"),
                new("reminderAt", Key + "reminderAt", FieldType.DateTime, "reminderAt"),
                new("status", Key + "status", FieldType.Text, "status"),
            ]),
        ],
        Actions:
        [
            new("plan", Key + "plan", "POST", "/api/crm/activities", Shortcut: "Alt+N"),
            new("complete", Key + "complete", "POST", "/api/crm/activities/{id}/complete", Shortcut: "Alt+D"),
            new("edit", Key + "edit", "PATCH", "/api/crm/activities/{id}"),
            new("reassign", Key + "reassign", "POST", "/api/crm/activities/{id}/assignment"),
            new("cancel", Key + "cancel", "POST", "/api/crm/activities/{id}/cancel", ConfirmKey: Key + "cancelConfirm"),
        ]);
}
