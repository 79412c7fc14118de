using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// The leads the user may work. Creating a lead or checking one answers its duplicate candidates among
/// leads and ERP customers, which the duplicate-hints section shows; checking a lead's fields
/// before saving is on the lead card. The import uploads a CSV file as its body (dry run and skipping
/// invalid rows are query flags) and lists the problems by row.
/// </summary>
internal static class LeadListScreen
{
    private const string Key = "screens.leadList.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.lead-list",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/leads",
        RowsPath: "items",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin],
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("id", Key + "id", FieldType.Text, "id", OpensScreenId: LeadCardScreen.Id),
                new("company", Key + "company", FieldType.Text, "company"),
                new("contactName", Key + "contactName", FieldType.Text, "contactName"),
                new("email", Key + "email", FieldType.Text, "email"),
                new("phone", Key + "phone", FieldType.Text, "phone"),
                new("country", Key + "country", FieldType.Text, "country"),
                new("status", Key + "status", FieldType.Text, "status"),
                new("owner", Key + "owner", FieldType.Text, "owner"),
                new("source", Key + "source", FieldType.Text, "source"),
            ]),
            new("duplicateHints", Key + "duplicateHints",
            [
                new("duplicateKind", Key + "duplicateKind", FieldType.Text, "kind"),
                new("duplicateKey", Key + "duplicateKey", FieldType.Reference, "key"),
                new("duplicateName", Key + "duplicateName", FieldType.Text, "name"),
                new("duplicateOwner", Key + "duplicateOwner", FieldType.Text, "owner"),
                new("matchedOn", Key + "matchedOn", FieldType.Text, "matchedOn"),
            ],
            RowsPath: "duplicates"),
            new("importReport", Key + "importReport",
            [
                new("importRow", Key + "importRow", FieldType.Number, "row"),
                new("importField", Key + "importField", FieldType.Text, "field"),
                new("importMessage", Key + "importMessage", FieldType.Text, "message"),
            ],
            RowsPath: "errors"),
        ],
        Actions:
        [
            new("create", Key + "create", "POST", "/api/crm/leads", Shortcut: "Alt+N", ResultSectionId: "duplicateHints",
                Inputs:
                [
                    ScreenInputs.Text("newCompany", Key + "company", "company"),
                    ScreenInputs.Text("newContactName", Key + "contactName", "contactName"),
                    ScreenInputs.Text("newEmail", Key + "email", "email"),
                    ScreenInputs.Text("newPhone", Key + "phone", "phone"),
                    ScreenInputs.Text("newCountry", Key + "country", "country"),
                    ScreenInputs.Text("newPostalCode", ScreenInputs.Key + "postalCode", "postalCode"),
                    ScreenInputs.Text("newCity", ScreenInputs.Key + "city", "city"),
                    ScreenInputs.Text("newSource", Key + "source", "source"),
                    ScreenInputs.Text("newNotes", ScreenInputs.Key + "notes", "notes"),
                ]),
            new("changeStatus", Key + "changeStatus", "POST", "/api/crm/leads/{id}/status",
                Inputs: [ScreenInputs.LeadStatus("newStatus"), ScreenInputs.Text("statusReason", ScreenInputs.Key + "disqualifyReason", "reason")],
                RecordValues: ScreenInputs.Version),
            new("merge", Key + "merge", "POST", "/api/crm/leads/{id}/merge", ConfirmKey: Key + "mergeConfirm",
                Inputs:
                [
                    new("mergedId", ScreenInputs.Key + "mergedId", FieldType.Number, "mergedId", Editable: true, Required: true),
                    new("mergedVersion", ScreenInputs.Key + "mergedVersion", FieldType.Number, "mergedVersion", Editable: true, Required: true),
                ],
                RecordValues: ScreenInputs.Version),
            new("convert", Key + "convert", "POST", "/api/crm/leads/{id}/convert",
                Inputs: ScreenInputs.ConvertLead("convert"),
                RecordValues: ScreenInputs.Version),
            new("import", Key + "import", "POST", "/api/crm/leads/import", ResultSectionId: "importReport", Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
                Inputs:
                [
                    new("importFile", Key + "importFile", FieldType.File, "file", Editable: true, Required: true, Choices: ["text/csv"]),
                    new("importDryRun", Key + "importDryRun", FieldType.Boolean, "dryRun", Editable: true),
                    new("importSkipInvalid", Key + "importSkipInvalid", FieldType.Boolean, "skipInvalid", Editable: true),
                ]),
        ]);
}
