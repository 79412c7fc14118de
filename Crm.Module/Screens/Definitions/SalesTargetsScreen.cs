using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// The sales targets of a range of months (the forecast's default range when none is given): read by
/// whoever reads the forecast, set and changed by managers. A row's change sends the version it
/// shows, so two managers changing one target at once do not overwrite each other unseen.
/// </summary>
internal static class SalesTargetsScreen
{
    private const string Key = "screens.salesTargets.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.sales-targets",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/forecast/targets?from={from}&to={to}",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin],
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("owner", ScreenInputs.Key + "owner", FieldType.Text, "owner"),
                new("month", ScreenInputs.Key + "month", FieldType.Text, "month"),
                new("amount", ScreenInputs.Key + "amount", FieldType.Money, "amount"),
                new("updatedBy", Key + "updatedBy", FieldType.Text, "updatedBy"),
                new("updatedAt", Key + "updatedAt", FieldType.DateTime, "updatedAt"),
            ]),
            new("range", Key + "range",
            [
                new("from", Key + "from", FieldType.Text, "from", Editable: true),
                new("to", Key + "to", FieldType.Text, "to", Editable: true),
            ]),
        ],
        Actions:
        [
            new("set", Key + "set", "PUT", "/api/crm/forecast/targets", Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
                Inputs:
                [
                    ScreenInputs.Text("setOwner", ScreenInputs.Key + "owner", "owner", required: true),
                    ScreenInputs.Text("setMonth", ScreenInputs.Key + "month", "month", required: true),
                    ScreenInputs.Text("setCurrency", ScreenInputs.Key + "currency", "currency", required: true),
                    new("setAmount", ScreenInputs.Key + "amount", FieldType.Number, "amount", Editable: true, Required: true),
                ]),
            new("change", Key + "change", "PUT", "/api/crm/forecast/targets", Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
                Inputs: [new("changeAmount", ScreenInputs.Key + "amount", FieldType.Number, "amount", Editable: true, Required: true)],
                RecordValues: ["owner", "month", "currency", "version"]),
        ]);
}
