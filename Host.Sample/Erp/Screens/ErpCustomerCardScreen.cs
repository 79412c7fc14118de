using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>
/// One customer's master data, read-only. The add-on and plugins extend this card by its id (the
/// CRM adds its finance sections at the end), so its id and section ids are a published contract.
/// </summary>
internal static class ErpCustomerCardScreen
{
    public const string Id = "erp.customer-card";

    private const string Key = "erp.customerCard.";

    public static ScreenDefinition Definition { get; } = new(
        Id,
        ScreenKind.Card,
        Key + "title",
        DataRoute: "/api/erp/customers/{key}",
        Sections:
        [
            new("erp.general", Key + "general",
            [
                new("erp.key", Key + "key", FieldType.Text, "key"),
                new("erp.name", Key + "name", FieldType.Text, "name"),
                new("erp.currency", Key + "currency", FieldType.Text, "currency"),
                new("erp.createdOn", Key + "createdOn", FieldType.Date, "createdOn"),
            ]),
            new("erp.address", Key + "address",
            [
                new("erp.street", Key + "street", FieldType.Text, "street"),
                new("erp.postalCode", Key + "postalCode", FieldType.Text, "postalCode"),
                new("erp.city", Key + "city", FieldType.Text, "city"),
                new("erp.country", Key + "country", FieldType.Text, "country"),
            ]),
            new("erp.contact", Key + "contact",
            [
                new("erp.phone", Key + "phone", FieldType.Text, "phone"),
                new("erp.email", Key + "email", FieldType.Text, "email"),
            ]),
        ],
        Actions: []);
}
