namespace Crm.Abstractions.Screens;

/// <summary>A single figure on a dashboard.</summary>
/// <param name="Id">Stable id, unique within the screen.</param>
/// <param name="LabelKey">Resource key of the tile's caption.</param>
/// <param name="Type">How the figure is shown, usually <see cref="FieldType.Number"/> or <see cref="FieldType.Money"/>.</param>
/// <param name="DataPath">Where the figure is in the screen's data; a path through a list (<c>periods.wonAmount</c>) sums its values (money per currency, at the sibling path <c>currency</c>).</param>
public sealed record ScreenTile(string Id, string LabelKey, FieldType Type, string DataPath);
