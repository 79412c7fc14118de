using System.Text.Json.Serialization;

namespace Crm.Abstractions.Screens;

/// <summary>Where a <see cref="ScreenExtension"/> puts what it adds.</summary>
/// <param name="Placement">Before or after an element, at the end of a section, or at the end of the screen.</param>
/// <param name="TargetId">The section, field or action id the placement refers to; null for <see cref="AnchorPlacement.End"/>.</param>
public sealed record ScreenAnchor(AnchorPlacement Placement, string? TargetId)
{
    /// <summary>At the end of the screen: sections after the last section, actions after the last action.</summary>
    public static ScreenAnchor End { get; } = new(AnchorPlacement.End, null);

    /// <summary>Just before the section, field or action <paramref name="id"/>.</summary>
    public static ScreenAnchor Before(string id) => new(AnchorPlacement.Before, id);

    /// <summary>Just after the section, field or action <paramref name="id"/>.</summary>
    public static ScreenAnchor After(string id) => new(AnchorPlacement.After, id);

    /// <summary>After the last field of section <paramref name="sectionId"/>.</summary>
    public static ScreenAnchor EndOf(string sectionId) => new(AnchorPlacement.EndOfSection, sectionId);
}

/// <summary>The placement of a <see cref="ScreenAnchor"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnchorPlacement>))]
public enum AnchorPlacement
{
    /// <summary>Just before the target.</summary>
    Before,

    /// <summary>Just after the target.</summary>
    After,

    /// <summary>After the last field of the target section.</summary>
    EndOfSection,

    /// <summary>At the end of the screen; no target.</summary>
    End,
}
