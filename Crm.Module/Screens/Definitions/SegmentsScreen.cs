using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>Accounts by RFM tier (recency, frequency, monetary value); recomputing the tiers now is for Admin.</summary>
internal static class SegmentsScreen
{
    private const string Key = "screens.segments.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.segments",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/segments/accounts",
        RowsPath: "items",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin],
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("accountKey", ScreenInputs.Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("tier", Key + "tier", FieldType.Text, "tier"),
                new("owner", ScreenInputs.Key + "owner", FieldType.Text, "owner"),
                new("lastOrder", Key + "lastOrder", FieldType.Date, "lastOrder"),
                new("recencyDays", Key + "recencyDays", FieldType.Number, "recencyDays"),
                new("frequency", Key + "frequency", FieldType.Number, "frequency"),
                new("monetary", Key + "monetary", FieldType.Money, "monetary"),
                new("expectedNextOrder", Key + "expectedNextOrder", FieldType.Date, "expectedNextOrder"),
            ]),
        ],
        Actions:
        [
            new("recompute", Key + "recompute", "POST", "/api/crm/segments/recompute", ConfirmKey: Key + "recomputeConfirm", Roles: [CrmRoles.Admin]),
        ]);
}
