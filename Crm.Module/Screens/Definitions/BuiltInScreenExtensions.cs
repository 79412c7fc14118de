using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Definitions;

/// <summary>The add-on's extensions of the host's screens.</summary>
internal sealed class BuiltInScreenExtensions : IScreenExtensionSource
{
    public string Name => "crm";

    public IEnumerable<ScreenExtension> Extensions => [CustomerCardFinanceExtension.Extension];
}
