namespace Crm.Abstractions.Screens;

/// <summary>
/// One column of a <see cref="ScreenKind.Board"/>. Columns follow configuration (a pipeline's stages),
/// so their names are configured text rather than resource keys.
/// </summary>
/// <param name="Id">Stable id, e.g. the stage code; the board's move action sends it.</param>
/// <param name="Name">The column's heading as configured.</param>
/// <param name="DataPath">Path of the column's cards in the screen's data, e.g. <c>columns.0.cards</c>.</param>
public sealed record ScreenBoardColumn(string Id, string Name, string DataPath);
