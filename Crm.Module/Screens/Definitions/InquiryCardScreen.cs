using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>One inquiry by its number: details, what happened to it, and what a clerk does to it.</summary>
internal static class InquiryCardScreen
{
    public const string Id = "crm.inquiry-card";

    private const string Key = "screens.inquiryCard.";

    public static ScreenDefinition Definition { get; } = new(
        Id,
        ScreenKind.Card,
        Key + "title",
        DataRoute: "/api/crm/inquiries/{key}",
        Sections:
        [
            new("details", Key + "details",
            [
                new("number", Key + "number", FieldType.Text, "number"),
                new("subject", Key + "subject", FieldType.Text, "subject"),
                new("accountKey", ScreenInputs.Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("orderKey", ScreenInputs.Key + "order", FieldType.Reference, "orderKey"),
                new("invoiceKey", Key + "invoice", FieldType.Reference, "invoiceKey"),
                new("channel", ScreenInputs.Key + "channel", FieldType.Text, "channel"),
                new("category", Key + "category", FieldType.Text, "category"),
                new("priority", Key + "priority", FieldType.Text, "priority"),
                new("status", ScreenInputs.Key + "inquiryStatus", FieldType.Text, "status"),
                new("team", ScreenInputs.Key + "team", FieldType.Text, "team"),
                new("assignee", ScreenInputs.Key + "assignee", FieldType.Text, "assignee"),
                new("dueDate", Key + "dueDate", FieldType.Date, "dueDate"),
                new("contactName", Key + "contactName", FieldType.Text, "contactName"),
                new("text", ScreenInputs.Key + "text", FieldType.Text, "text"),
                new("resolutionNote", Key + "resolutionNote", FieldType.Text, "resolutionNote"),
                new("createdAt", Key + "createdAt", FieldType.DateTime, "createdAt"),
                new("createdBy", Key + "createdBy", FieldType.Text, "createdBy"),
            ]),
            new("timeline", Key + "timeline",
            [
                new("at", Key + "at", FieldType.DateTime, "at"),
                new("by", Key + "by", FieldType.Text, "by"),
                new("kind", Key + "kind", FieldType.Text, "kind"),
                new("fromStatus", Key + "fromStatus", FieldType.Text, "fromStatus"),
                new("toStatus", Key + "toStatus", FieldType.Text, "toStatus"),
                new("timelineTeam", ScreenInputs.Key + "team", FieldType.Text, "team"),
                new("timelineAssignee", ScreenInputs.Key + "assignee", FieldType.Text, "assignee"),
                new("timelineText", ScreenInputs.Key + "comment", FieldType.Text, "text"),
            ],
            // The timeline route answers a JSON array: its rows are the data itself.
            RowsPath: "",
            DataRoute: "/api/crm/inquiries/{key}/timeline"),
        ],
        Actions:
        [
            new("changeStatus", Key + "changeStatus", "POST", "/api/crm/inquiries/{key}/status",
                Inputs: [ScreenInputs.InquiryStatus("newStatus"), ScreenInputs.Text("statusNote", ScreenInputs.Key + "note", "note")],
                RecordValues: ScreenInputs.Version),
            new("assign", Key + "assign", "POST", "/api/crm/inquiries/{key}/assignment",
                Inputs: [ScreenInputs.Text("assignTeam", ScreenInputs.Key + "team", "team"), ScreenInputs.Text("assignAssignee", ScreenInputs.Key + "assignee", "assignee")],
                RecordValues: ScreenInputs.Version),
            new("comment", Key + "comment", "POST", "/api/crm/inquiries/{key}/comments",
                Inputs: [ScreenInputs.Text("commentText", ScreenInputs.Key + "comment", "text", required: true)]),
        ]);
}
