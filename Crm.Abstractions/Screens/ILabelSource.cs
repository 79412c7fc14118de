using System.Resources;

namespace Crm.Abstractions.Screens;

/// <summary>
/// Contributes the texts behind screen resource keys (<see cref="ScreenField.LabelKey"/> and the
/// like) in every language it has: a resource file per culture (<c>Labels.resx</c>,
/// <c>Labels.de.resx</c>, <c>Labels.ko.resx</c>). The add-on answers them at
/// <c>GET /api/crm/screens/labels</c> in the caller's language, falling back to English per key.
/// </summary>
/// <remarks>
/// When two sources have the same key, the add-on's own wins, then the sources in the order of
/// their <see cref="Name"/>. Prefix your keys with your plugin's id to stay clear of others.
/// </remarks>
public interface ILabelSource
{
    /// <summary>Stable name of the contributor (a plugin's id, <c>erp</c> for the host).</summary>
    string Name { get; }

    /// <summary>The resources; its neutral (English) set names every key the source has.</summary>
    ResourceManager Labels { get; }
}
