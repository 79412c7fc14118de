using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;
using Crm.Module.Screens.Definitions;

namespace Crm.Module.Privacy;

/// <summary>
/// The data protection officer's part of the lead card (Admin only): export shows the personal data
/// the CRM holds about the lead and the leads merged into it (the full document, with prospects,
/// activities and custom fields, is the JSON download of the same route); erase asks twice, by a
/// question and by a box to tick, since it cannot be undone.
/// </summary>
internal static class PrivacyScreenExtension
{
    private const string Key = "screens.privacy.";

    private static readonly string[] Admins = [CrmRoles.Admin];

    public static ScreenExtension Extension { get; } = new(
        "crm.lead-card-privacy",
        LeadCardScreen.Id,
        ScreenAnchor.End,
        Sections:
        [
            new("crm.personalData", Key + "personalData",
            [
                new("crm.personalLeadId", Key + "leadId", FieldType.Text, "leadId"),
                new("crm.personalContactName", "screens.leadList.contactName", FieldType.Text, "contactName"),
                new("crm.personalEmail", "screens.leadList.email", FieldType.Text, "email"),
                new("crm.personalPhone", "screens.leadList.phone", FieldType.Text, "phone"),
                new("crm.personalNotes", ScreenInputs.Key + "notes", FieldType.Text, "notes"),
                new("crm.personalErasedAt", Key + "erasedAt", FieldType.DateTime, "erasedAt"),
            ],
            // Filled by the export action: the rows are the document's leads.
            RowsPath: "leads",
            Roles: Admins),
        ],
        Actions:
        [
            new("crm.exportPersonalData", Key + "export", "GET", "/api/crm/privacy/leads/{key}/export", ResultSectionId: "crm.personalData", Roles: Admins),
            new("crm.erasePersonalData", Key + "erase", "POST", "/api/crm/privacy/leads/{key}/erase", ConfirmKey: Key + "eraseConfirm", Roles: Admins,
                Inputs: [new("crm.eraseConfirmed", Key + "eraseConfirmed", FieldType.Boolean, "confirm", Editable: true, Required: true)]),
        ]);
}
