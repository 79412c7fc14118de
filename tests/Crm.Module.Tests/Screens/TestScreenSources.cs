using Crm.Abstractions.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>A screen source as a plugin or the host registers one.</summary>
internal sealed class TestScreenSource(string name, params ScreenDefinition[] screens) : IScreenSource
{
    public string Name => name;

    public IEnumerable<ScreenDefinition> Screens => screens;
}

/// <summary>An extension source as a plugin registers one.</summary>
internal sealed class TestExtensionSource(string name, params ScreenExtension[] extensions) : IScreenExtensionSource
{
    public string Name => name;

    public IEnumerable<ScreenExtension> Extensions => extensions;
}
