using System.Resources;
using Crm.Abstractions.Screens;

namespace ErpCrm.Automotive;

/// <summary>The plugin's screen texts in English, German and Korean: <c>Labels.resx</c> and its siblings.</summary>
internal sealed class AutomotiveLabels : ILabelSource
{
    private static readonly ResourceManager Resources = new("ErpCrm.Automotive.Labels", typeof(AutomotiveLabels).Assembly);

    public string Name => "ErpCrm.Automotive";

    public ResourceManager Labels => Resources;
}
