namespace Crm.Abstractions.Screens;

/// <summary>
/// Adds fields, sections and actions to a screen of the add-on, the host or another plugin, by the
/// screen's id, without copying it. The anchor places each kind it can: fields go before or after
/// the anchor's field, or at the end of its section (<see cref="AnchorPlacement.EndOfSection"/>);
/// sections before or after the anchor's section, else at the end of the screen; actions before or
/// after the anchor's action, else after the last action. Every added id must be new in the screen.
/// </summary>
/// <param name="Id">Stable id of the extension, named in start-up errors, e.g. <c>acme.recall-column</c>.</param>
/// <param name="TargetScreenId">The screen to extend, e.g. <c>erp.customer-card</c>.</param>
/// <param name="Anchor">Where the additions go.</param>
/// <param name="Fields">Fields to add; they need an anchor on a field or <see cref="AnchorPlacement.EndOfSection"/>.</param>
/// <param name="Sections">Sections to add.</param>
/// <param name="Actions">Actions to add.</param>
public sealed record ScreenExtension(
    string Id,
    string TargetScreenId,
    ScreenAnchor Anchor,
    IReadOnlyList<ScreenField>? Fields = null,
    IReadOnlyList<ScreenSection>? Sections = null,
    IReadOnlyList<ScreenAction>? Actions = null);
