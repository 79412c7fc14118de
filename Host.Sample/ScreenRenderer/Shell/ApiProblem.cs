using System.Text.Json;

namespace Crm.ScreenRenderer.Shell;

/// <summary>An API's problem details (RFC 9457) as the shell shows them: title, detail and the errors by field.</summary>
internal sealed record ApiProblem(string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem From(ApiAnswer answer)
    {
        if (answer.Json is not { ValueKind: JsonValueKind.Object } json)
        {
            return new ApiProblem(null, null, new Dictionary<string, string[]>());
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (json.TryGetProperty("errors", out var byField) && byField.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in byField.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(e => e.ToString())]
                    : [field.Value.ToString()];
            }
        }

        return new ApiProblem(Text(json, "title"), Text(json, "detail"), errors);
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
