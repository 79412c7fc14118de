using Crm.Abstractions.Screens;
using Crm.Module.Privacy;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// The add-on's extensions of the host's screens (finance's first, because sales' is placed before it)
/// and of its own lead card by the privacy feature.
/// </summary>
internal sealed class BuiltInScreenExtensions : IScreenExtensionSource
{
    public string Name => "crm";

    public IEnumerable<ScreenExtension> Extensions => [CustomerCardFinanceExtension.Extension, CustomerCardSalesExtension.Extension, PrivacyScreenExtension.Extension];
}
