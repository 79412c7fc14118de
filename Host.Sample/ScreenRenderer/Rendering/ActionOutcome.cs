using System.Text.Json;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>What became of an action the user took: shown on the screen it was taken on.</summary>
/// <param name="ActionId">The action's id.</param>
/// <param name="StatusCode">The API's HTTP status code.</param>
/// <param name="Title">The problem's title from the API (English), null on success.</param>
/// <param name="Detail">The problem's detail from the API, null on success.</param>
/// <param name="FieldErrors">Validation errors by JSON field name (the inputs' data paths).</param>
/// <param name="Submitted">The values the user submitted by form field name, to show again after an error.</param>
/// <param name="Result">The API's answer on success, for the action's result section.</param>
public sealed record ActionOutcome(
    string ActionId,
    int StatusCode,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> FieldErrors,
    IReadOnlyDictionary<string, string> Submitted,
    JsonElement? Result)
{
    /// <summary>True for a 2xx answer.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
