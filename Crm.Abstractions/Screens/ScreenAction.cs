namespace Crm.Abstractions.Screens;

/// <summary>
/// Something the user can do on a screen: a call to the API endpoint that performs it. The endpoint's
/// service checks permission and validates; <see cref="Roles"/> only decides who sees the action.
/// </summary>
/// <remarks>
/// The JSON body sent is built from, in order: the record's values at <see cref="RecordValues"/>, the
/// card's editable fields when <see cref="SendsForm"/>, then the <see cref="Inputs"/>; each lands at its
/// path (<c>a.b</c> nests). An action with a <see cref="FieldType.File"/> input sends no JSON: the file is the
/// whole body (its media type the input's first choice) and the other inputs are query parameters
/// named by their paths (booleans <c>true</c>/<c>false</c>, empty values left out). On a list or a board, an action that copies <see cref="RecordValues"/> or
/// whose route has a placeholder other than <c>{key}</c> and the screen's filter ids belongs to each
/// record (a row, a card), not to the screen.
/// </remarks>
/// <param name="Id">Stable id, unique within the screen; extensions anchor on it.</param>
/// <param name="LabelKey">Resource key of the button's text.</param>
/// <param name="Method">HTTP method: <c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>PATCH</c> or <c>DELETE</c>.</param>
/// <param name="Route">Route template of the endpoint, e.g. <c>/api/crm/inquiries/{number}/status</c>; placeholders take the record's values of the same name.</param>
/// <param name="ConfirmKey">Resource key of a question to confirm before calling, if any.</param>
/// <param name="Shortcut">Keyboard shortcut, e.g. <c>Ctrl+Enter</c> or <c>Alt+S</c>, if any.</param>
/// <param name="ResultSectionId">The section that shows the endpoint's answer (e.g. a new lead's duplicate candidates), if any.</param>
/// <param name="Roles">Roles (<see cref="Security.CrmRoles"/>) that see the action; everyone signed in when null or empty.</param>
/// <param name="Inputs">What the user gives when taking the action (a lost reason, an outcome, a new stage); their ids are unique in the screen too.</param>
/// <param name="RecordValues">Paths of the record copied into the body unchanged, typically <c>version</c> for optimistic concurrency.</param>
/// <param name="SendsForm">True when the body carries the card's editable fields (a card's save).</param>
public sealed record ScreenAction(
    string Id,
    string LabelKey,
    string Method,
    string Route,
    string? ConfirmKey = null,
    string? Shortcut = null,
    string? ResultSectionId = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<ScreenField>? Inputs = null,
    IReadOnlyList<string>? RecordValues = null,
    bool SendsForm = false)
{
    /// <summary>
    /// The section, with a <see cref="ScreenSection.DataRoute"/> of its own, whose data is the action's
    /// record instead of the screen's: its <see cref="RecordValues"/>, the route's placeholders and the
    /// inputs' starting values are read there (e.g. the <c>version</c> of a card's custom field values).
    /// Null for the screen's data.
    /// </summary>
    public string? RecordSectionId { get; init; }

    /// <summary>
    /// True when an input left empty is sent as JSON <c>null</c>, which clears the value, rather than
    /// left out of the body, which leaves it as it is (e.g. a <c>PUT</c> of custom field values that
    /// changes only the fields it names).
    /// </summary>
    public bool SendsEmptyAsNull { get; init; }
}
