namespace Crm.Abstractions.Screens;

/// <summary>A titled group of fields and charts, in order.</summary>
/// <param name="Id">Stable id, unique within the screen; extensions anchor on it.</param>
/// <param name="LabelKey">Resource key of the section's heading.</param>
/// <param name="Fields">The fields, in order.</param>
/// <param name="Charts">Charts shown in the section, in order; none when null.</param>
/// <param name="RowsPath">When set, the section is a table: the path of its rows in its data (e.g. <c>orders.items</c>), its fields the columns, their paths relative to a row.</param>
/// <param name="DataRoute">The API route the section reads its own data from (placeholders such as <c>{key}</c> take the screen record's key); null when it uses the screen's data. An extension's section on another add-on's or the host's screen names its own route.</param>
/// <param name="Roles">Roles that see the section; everyone who sees the screen when null or empty. Visibility only: its data route checks again.</param>
public sealed record ScreenSection(
    string Id,
    string LabelKey,
    IReadOnlyList<ScreenField> Fields,
    IReadOnlyList<ScreenChart>? Charts = null,
    string? RowsPath = null,
    string? DataRoute = null,
    IReadOnlyList<string>? Roles = null);
