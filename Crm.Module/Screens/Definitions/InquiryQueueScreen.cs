using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>The open inquiries, due first, with what a clerk does to one.</summary>
internal static class InquiryQueueScreen
{
    private const string Key = "screens.inquiryQueue.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.inquiry-queue",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/inquiries?view=Open",
        RowsPath: "items",
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("number", Key + "number", FieldType.Text, "number", OpensScreenId: InquiryCardScreen.Id),
                new("subject", Key + "subject", FieldType.Text, "subject"),
                new("accountKey", Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("orderKey", Key + "order", FieldType.Reference, "orderKey"),
                new("status", Key + "status", FieldType.Text, "status"),
                new("priority", Key + "priority", FieldType.Text, "priority"),
                new("team", Key + "team", FieldType.Text, "team"),
                new("assignee", Key + "assignee", FieldType.Text, "assignee"),
                new("dueDate", Key + "dueDate", FieldType.Date, "dueDate"),
                new("createdAt", Key + "createdAt", FieldType.DateTime, "createdAt"),
            ]),
        ],
        Actions:
        [
            new("log", Key + "log", "POST", "/api/crm/inquiries", Shortcut: "Alt+N",
                Inputs: [.. ScreenInputs.LogInquiry("log", ScreenInputs.Account("logAccount"))]),
            new("comment", Key + "comment", "POST", "/api/crm/inquiries/{number}/comments",
                Inputs: [ScreenInputs.Text("commentText", ScreenInputs.Key + "comment", "text", required: true)]),
            new("assign", Key + "assign", "POST", "/api/crm/inquiries/{number}/assignment",
                Inputs: [ScreenInputs.Text("assignTeam", ScreenInputs.Key + "team", "team"), ScreenInputs.Text("assignAssignee", ScreenInputs.Key + "assignee", "assignee")],
                RecordValues: ScreenInputs.Version),
            new("changeStatus", Key + "changeStatus", "POST", "/api/crm/inquiries/{number}/status",
                Inputs: [ScreenInputs.InquiryStatus("newStatus"), ScreenInputs.Text("statusNote", ScreenInputs.Key + "note", "note")],
                RecordValues: ScreenInputs.Version),
        ]);
}
