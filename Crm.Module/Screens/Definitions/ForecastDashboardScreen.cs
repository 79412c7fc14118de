using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>Forecast beside target and ERP revenue for a range of months; whose figures the user reads the forecast service decides.</summary>
internal static class ForecastDashboardScreen
{
    private const string Key = "screens.forecast.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.forecast",
        ScreenKind.Dashboard,
        Key + "title",
        DataRoute: "/api/crm/forecast?from={from}&to={to}",
        Roles: [CrmRoles.SalesRep, CrmRoles.SalesManager, CrmRoles.Finance, CrmRoles.Admin],
        Sections:
        [
            new("range", Key + "range",
            [
                new("from", Key + "from", FieldType.Text, "query.fromMonth", Editable: true, Required: true),
                new("to", Key + "to", FieldType.Text, "query.toMonth", Editable: true, Required: true),
            ]),
        ],
        Tiles:
        [
            new("weighted", Key + "weighted", FieldType.Money, "periods.weightedAmount"),
            new("won", Key + "won", FieldType.Money, "periods.wonAmount"),
            new("target", Key + "target", FieldType.Money, "periods.target"),
            new("orderRevenue", Key + "orderRevenue", FieldType.Money, "periods.orderRevenue"),
        ],
        Charts:
        [
            new("wonByMonth", Key + "wonByMonth", ChartKind.Bar, "periods", "month", "wonAmount", SeriesPath: "currency"),
            new("weightedByMonth", Key + "weightedByMonth", ChartKind.Line, "periods", "month", "weightedAmount", SeriesPath: "currency"),
        ],
        Actions:
        [
            new("setTarget", Key + "setTarget", "PUT", "/api/crm/forecast/targets", Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
                Inputs:
                [
                    ScreenInputs.Text("targetOwner", ScreenInputs.Key + "owner", "owner", required: true),
                    ScreenInputs.Text("targetMonth", ScreenInputs.Key + "month", "month", required: true),
                    ScreenInputs.Text("targetCurrency", ScreenInputs.Key + "currency", "currency", required: true),
                    // Sent without a version: a new target. An existing one is changed on the targets list,
                    // which sends the version it shows.
                    new("targetAmount", ScreenInputs.Key + "amount", FieldType.Number, "amount", Editable: true, Required: true),
                ]),
        ]);
}
