using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>Accounts whose next order is overdue by their own rhythm, most overdue first; each opens its customer card to act.</summary>
internal static class ReorderDueScreen
{
    private const string Key = "screens.reorderDue.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.reorder-due",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/accounts/reorder-due",
        RowsPath: "items",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Admin],
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("accountKey", ScreenInputs.Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("owner", ScreenInputs.Key + "owner", FieldType.Text, "owner"),
                new("lastOrder", Key + "lastOrder", FieldType.Date, "lastOrder"),
                new("typicalIntervalDays", Key + "typicalIntervalDays", FieldType.Number, "typicalIntervalDays"),
                new("expectedNextOrder", Key + "expectedNextOrder", FieldType.Date, "expectedNextOrder"),
                new("daysOverdue", Key + "daysOverdue", FieldType.Number, "daysOverdue"),
            ]),
        ],
        Actions: []);
}
