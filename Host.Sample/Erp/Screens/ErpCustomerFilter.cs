using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>The <c>customer</c> filter of the order and invoice lists: a customer picked from the ERP's customer list.</summary>
internal static class ErpCustomerFilter
{
    public static ScreenField Field(string labelKey) => new(
        "customer",
        labelKey,
        FieldType.Reference,
        "customer",
        Editable: true,
        OptionsRoute: "/api/erp/customers?pageSize=200",
        OptionValuePath: "key",
        OptionLabelPath: "name");
}
