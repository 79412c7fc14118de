using System.Resources;
using Crm.Abstractions.Screens;

namespace Company.CrmPlugin;

/// <summary>
/// The plugin's texts in every language it has: Labels.resx (English, names every key) and one
/// Labels.&lt;culture&gt;.resx per translation. The add-on shows a custom field's label from the
/// key <c>field.&lt;code&gt;</c> and a choice's from <c>field.&lt;code&gt;.&lt;choice&gt;</c>.
/// </summary>
public sealed class PluginLabels : ILabelSource
{
    /// <summary>The resources built from Labels*.resx.</summary>
    public static ResourceManager Resources { get; } = new("Company.CrmPlugin.Labels", typeof(PluginLabels).Assembly);

    /// <summary>The plugin's id: sources are ordered by name when two have the same key.</summary>
    public string Name => "Company.CrmPlugin";

    public ResourceManager Labels => Resources;
}
