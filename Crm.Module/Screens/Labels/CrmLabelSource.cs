using System.Resources;
using Crm.Abstractions.Screens;

namespace Crm.Module.Screens.Labels;

/// <summary>The add-on's own screen texts: <c>Screens/Labels.resx</c> and its German and Korean siblings.</summary>
internal sealed class CrmLabelSource : ILabelSource
{
    // The generated resource name follows the file's folder, not this class's namespace.
    private static readonly ResourceManager Resources = new("Crm.Module.Screens.Labels", typeof(CrmLabelSource).Assembly);

    public string Name => "crm";

    public ResourceManager Labels => Resources;
}
