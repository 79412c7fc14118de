using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>The ERP's customers, searched by key, name or city; a key opens the customer card.</summary>
internal static class ErpCustomerListScreen
{
    private const string Key = "erp.customers.";

    public static ScreenDefinition Definition { get; } = new(
        "erp.customers",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/erp/customers?search={search}",
        RowsPath: "items",
        Sections:
        [
            new("erp.columns", Key + "columns",
            [
                new("erp.key", Key + "key", FieldType.Text, "key", OpensScreenId: ErpCustomerCardScreen.Id),
                new("erp.name", Key + "name", FieldType.Text, "name"),
                new("erp.city", Key + "city", FieldType.Text, "city"),
                new("erp.country", Key + "country", FieldType.Text, "country"),
                new("erp.currency", Key + "currency", FieldType.Text, "currency"),
            ]),
            new("erp.filter", Key + "filter",
            [
                new("search", Key + "search", FieldType.Text, "search", Editable: true),
            ]),
        ],
        Actions: []);
}
