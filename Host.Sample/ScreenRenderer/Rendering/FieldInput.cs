using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>One input to render.</summary>
/// <param name="Field">The field it edits.</param>
/// <param name="Id">The element id (unique in the page).</param>
/// <param name="Name">The form field name (the field's id).</param>
/// <param name="Value">The value as an input holds it, if any.</param>
/// <param name="Errors">The API's validation messages for it.</param>
/// <param name="ChoiceNames">Shown names of choice values where they are not labels (a board's column names by id).</param>
internal sealed record FieldInput(
    ScreenField Field,
    string Id,
    string Name,
    string? Value,
    IReadOnlyList<string> Errors,
    IReadOnlyDictionary<string, string>? ChoiceNames = null);
