using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// One lead by its id: its fields to edit and save, its duplicates among leads and ERP customers,
/// its history, and the moves a rep makes (status, disqualify, owner, convert to an opportunity).
/// </summary>
internal static class LeadCardScreen
{
    public const string Id = "crm.lead-card";

    private const string Key = "screens.leadCard.";
    private const string List = "screens.leadList.";

    public static ScreenDefinition Definition { get; } = new(
        Id,
        ScreenKind.Card,
        Key + "title",
        DataRoute: "/api/crm/leads/{key}",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin],
        Sections:
        [
            new("contact", Key + "contact",
            [
                ScreenInputs.Text("company", List + "company", "company"),
                ScreenInputs.Text("contactName", List + "contactName", "contactName"),
                ScreenInputs.Text("email", List + "email", "email"),
                ScreenInputs.Text("phone", List + "phone", "phone"),
                ScreenInputs.Text("country", List + "country", "country"),
                ScreenInputs.Text("postalCode", ScreenInputs.Key + "postalCode", "postalCode"),
                ScreenInputs.Text("city", ScreenInputs.Key + "city", "city"),
                ScreenInputs.Text("source", List + "source", "source"),
                ScreenInputs.Text("notes", ScreenInputs.Key + "notes", "notes"),
            ]),
            new("state", Key + "state",
            [
                new("status", ScreenInputs.Key + "leadStatus", FieldType.Text, "status"),
                new("disqualifiedReason", ScreenInputs.Key + "disqualifyReason", FieldType.Text, "disqualifiedReason"),
                new("owner", ScreenInputs.Key + "owner", FieldType.Text, "owner"),
                new("accountKey", ScreenInputs.Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("convertedOpportunityId", Key + "convertedOpportunity", FieldType.Text, "convertedOpportunityId", OpensScreenId: OpportunityCardScreen.Id),
                new("createdAt", Key + "createdAt", FieldType.DateTime, "createdAt"),
                new("updatedAt", Key + "updatedAt", FieldType.DateTime, "updatedAt"),
                new("updatedBy", Key + "updatedBy", FieldType.Text, "updatedBy"),
            ]),
            new("duplicates", List + "duplicateHints",
            [
                new("duplicateKind", List + "duplicateKind", FieldType.Text, "kind"),
                new("duplicateKey", List + "duplicateKey", FieldType.Reference, "key"),
                new("duplicateName", List + "duplicateName", FieldType.Text, "name"),
                new("duplicateOwner", List + "duplicateOwner", FieldType.Text, "owner"),
                new("matchedOn", List + "matchedOn", FieldType.Text, "matchedOn"),
            ],
            // Filled by the check action, whose answer is a JSON array: its rows are the answer itself.
            RowsPath: ""),
            new("history", Key + "history",
            [
                new("historyAt", Key + "at", FieldType.DateTime, "at"),
                new("historyBy", Key + "by", FieldType.Text, "by"),
                new("historyKind", Key + "kind", FieldType.Text, "kind"),
                new("historyText", Key + "text", FieldType.Text, "text"),
            ],
            RowsPath: "",
            DataRoute: "/api/crm/leads/{key}/history"),
        ],
        Actions:
        [
            new("save", Key + "save", "PATCH", "/api/crm/leads/{key}", Shortcut: "Ctrl+Enter", RecordValues: ScreenInputs.Version, SendsForm: true),
            new("checkDuplicates", List + "checkDuplicates", "POST", "/api/crm/leads/duplicates", ResultSectionId: "duplicates", SendsForm: true),
            new("changeStatus", List + "changeStatus", "POST", "/api/crm/leads/{key}/status",
                Inputs: [ScreenInputs.LeadStatus("newStatus")],
                RecordValues: ScreenInputs.Version),
            new("disqualify", Key + "disqualify", "POST", "/api/crm/leads/{key}/status", ConfirmKey: Key + "disqualifyConfirm",
                Inputs:
                [
                    // The one value a required select preselects: this action only disqualifies.
                    new("disqualifyStatus", ScreenInputs.Key + "leadStatus", FieldType.Choice, "status", Editable: true, Required: true, Choices: ["Disqualified"]),
                    ScreenInputs.Text("disqualifyReason", ScreenInputs.Key + "disqualifyReason", "reason", required: true),
                ],
                RecordValues: ScreenInputs.Version),
            new("assign", Key + "assign", "POST", "/api/crm/leads/{key}/owner",
                Inputs: [ScreenInputs.Text("newOwner", ScreenInputs.Key + "owner", "owner")],
                RecordValues: ScreenInputs.Version),
            new("convert", List + "convert", "POST", "/api/crm/leads/{key}/convert",
                Inputs: ScreenInputs.ConvertLead("convert"),
                RecordValues: ScreenInputs.Version),
        ]);
}
