using System.Text.Json;
using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Shell;

/// <summary>Reads the screens API's JSON (camelCase, enums by name) into the contract's types.</summary>
internal static class ScreenJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static ScreenDefinition Definition(ApiAnswer answer) =>
        JsonSerializer.Deserialize<ScreenDefinition>(answer.Body, Options) ?? throw new JsonException("The screen definition is empty.");

    public static IReadOnlyList<ScreenSummary> Summaries(ApiAnswer answer) =>
        JsonSerializer.Deserialize<List<ScreenSummary>>(answer.Body, Options) ?? [];
}
