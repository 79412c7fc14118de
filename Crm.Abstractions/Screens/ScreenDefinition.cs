namespace Crm.Abstractions.Screens;

/// <summary>
/// A screen as data: the host renders it, and another ERP may render the same definition from the
/// JSON API. Contributed by <see cref="IScreenSource"/> and grown by <see cref="ScreenExtension"/>s.
/// </summary>
/// <param name="Id">Stable id, lower-case with dots and dashes and prefixed by its owner: <c>crm.inquiry-queue</c>, <c>erp.customer-card</c>.</param>
/// <param name="Kind">List, card, board or dashboard.</param>
/// <param name="TitleKey">Resource key of the title, e.g. <c>screens.inquiryQueue.title</c>.</param>
/// <param name="DataRoute">The API route the screen reads its data from, with query, e.g. <c>/api/crm/inquiries?view=Open</c>; a placeholder such as <c>{from}</c> takes the value of the field with that id (a filter) or of the record's key (<c>{key}</c>); null when only sections read data.</param>
/// <param name="Sections">The sections in order; a list's and a board's card fields are in the first.</param>
/// <param name="Actions">The actions in order.</param>
/// <param name="Roles">Roles that may open the screen; everyone signed in when null or empty. Visibility only: the data routes check.</param>
/// <param name="TitleArgument">Configured text the title's resource inserts as <c>{0}</c> (a pipeline's name), if any.</param>
/// <param name="RowsPath">For a list: the path of the rows in the data, e.g. <c>items</c> of a page.</param>
/// <param name="Columns">For a board: its columns in order.</param>
/// <param name="Tiles">For a dashboard: its figures in order.</param>
/// <param name="Charts">For a dashboard: its charts in order.</param>
public sealed record ScreenDefinition(
    string Id,
    ScreenKind Kind,
    string TitleKey,
    string? DataRoute,
    IReadOnlyList<ScreenSection> Sections,
    IReadOnlyList<ScreenAction> Actions,
    IReadOnlyList<string>? Roles = null,
    string? TitleArgument = null,
    string? RowsPath = null,
    IReadOnlyList<ScreenBoardColumn>? Columns = null,
    IReadOnlyList<ScreenTile>? Tiles = null,
    IReadOnlyList<ScreenChart>? Charts = null);
