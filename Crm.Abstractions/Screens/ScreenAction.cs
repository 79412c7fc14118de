namespace Crm.Abstractions.Screens;

/// <summary>
/// Something the user can do on a screen: a call to the API endpoint that performs it. The endpoint's
/// service checks permission and validates; <see cref="Roles"/> only decides who sees the action.
/// </summary>
/// <param name="Id">Stable id, unique within the screen; extensions anchor on it.</param>
/// <param name="LabelKey">Resource key of the button's text.</param>
/// <param name="Method">HTTP method: <c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>PATCH</c> or <c>DELETE</c>.</param>
/// <param name="Route">Route template of the endpoint, e.g. <c>/api/crm/inquiries/{number}/status</c>; placeholders take the record's values of the same name.</param>
/// <param name="ConfirmKey">Resource key of a question to confirm before calling, if any.</param>
/// <param name="Shortcut">Keyboard shortcut, e.g. <c>Ctrl+Enter</c> or <c>Alt+S</c>, if any.</param>
/// <param name="ResultSectionId">The section that shows the endpoint's answer (e.g. a new lead's duplicate candidates), if any.</param>
/// <param name="Roles">Roles (<see cref="Security.CrmRoles"/>) that see the action; everyone signed in when null or empty.</param>
public sealed record ScreenAction(
    string Id,
    string LabelKey,
    string Method,
    string Route,
    string? ConfirmKey = null,
    string? Shortcut = null,
    string? ResultSectionId = null,
    IReadOnlyList<string>? Roles = null);
