using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>
/// The sample ERP's own screens, contributed like any plugin's so that they sit in the same navigation
/// and the add-on can extend <c>erp.customer-card</c>. Their data comes from <c>/api/erp</c>.
/// </summary>
internal sealed class ErpScreens : IScreenSource
{
    public string Name => "erp";

    public IEnumerable<ScreenDefinition> Screens { get; } =
    [
        ErpCustomerListScreen.Definition,
        ErpCustomerCardScreen.Definition,
        ErpOrderListScreen.Definition,
        ErpInvoiceListScreen.Definition,
    ];
}
