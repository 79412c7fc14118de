using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Everything one screen shows, already read from the API.</summary>
/// <param name="Screen">The composed definition as the user sees it (actions filtered by role).</param>
/// <param name="Key">The card's record key from the URL; null for screens without one.</param>
/// <param name="Data">The answer of the screen's data route; null when it has none.</param>
/// <param name="SectionData">The answers of sections' own data routes, by section id.</param>
/// <param name="Filters">The filter values of the request (field id → value), also used to fill route placeholders.</param>
/// <param name="Outcome">The result of the action just taken on this screen, if any.</param>
public sealed record ScreenPage(
    ScreenDefinition Screen,
    string? Key,
    JsonElement? Data,
    IReadOnlyDictionary<string, JsonElement> SectionData,
    IReadOnlyDictionary<string, string> Filters,
    ActionOutcome? Outcome);
