using System.Resources;
using Crm.Abstractions.Screens;

namespace Crm.Module.Tests.Screens;

/// <summary>A plugin's label source over its own resource files in this test assembly (<c>AcmeLabels.resx</c>, <c>ZetaLabels.resx</c>).</summary>
internal sealed class TestLabelSource(string name, string resources) : ILabelSource
{
    public static TestLabelSource Acme { get; } = new("acme", "Crm.Module.Tests.Screens.AcmeLabels");

    public static TestLabelSource Zeta { get; } = new("zeta", "Crm.Module.Tests.Screens.ZetaLabels");

    public string Name => name;

    public ResourceManager Labels { get; } = new(resources, typeof(TestLabelSource).Assembly);
}
