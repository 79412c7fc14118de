using System.Globalization;
using System.Text.Json;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// Reads screen data paths: camelCase property names joined by dots, a numeric segment indexes an
/// array (<c>columns.0.cards</c>), a name with dots is bracketed (<c>values["auto.vin"]</c>, see
/// <see cref="DataPath"/>). A missing value and a JSON null both read as null.
/// </summary>
internal static class JsonPath
{
    public static JsonElement? Find(JsonElement? root, string? path)
    {
        if (root is not { } current || string.IsNullOrEmpty(path))
        {
            return Present(root);
        }

        foreach (var segment in DataPath.Segments(path))
        {
            if (Step(current, segment) is not { } next)
            {
                return null;
            }

            current = next;
        }

        return Present(current);
    }

    /// <summary>The rows at <paramref name="path"/> (the root itself when no path): an array, or a page's <c>items</c>.</summary>
    public static IReadOnlyList<JsonElement> Rows(JsonElement? root, string? path)
    {
        var found = Find(root, path);
        if (found is { ValueKind: JsonValueKind.Object } page && string.IsNullOrEmpty(path) && Find(page, "items") is { } items)
        {
            found = items;
        }

        return found is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
    }

    /// <summary>
    /// Every value at <paramref name="path"/> where a segment may pass through a list
    /// (<c>periods.wonAmount</c> is the <c>wonAmount</c> of each period), each with the object holding it.
    /// </summary>
    public static IEnumerable<(JsonElement Value, JsonElement Holder)> Spread(JsonElement? root, string path)
    {
        if (root is not { } start)
        {
            return [];
        }

        IEnumerable<(JsonElement Value, JsonElement Holder)> level = [(start, start)];
        foreach (var segment in DataPath.Segments(path))
        {
            level = level.SelectMany(item => Expand(item.Value, segment)).ToList();
        }

        return level.Where(item => Present(item.Value) is not null);
    }

    /// <summary>The value's parent path joined with <paramref name="sibling"/>: <c>a.total</c> → <c>a.currency</c>.</summary>
    public static string Sibling(string path, string sibling) =>
        DataPath.Parent(path) is { Length: > 0 } parent ? parent + "." + sibling : sibling;

    /// <summary>The last segment of a path, as a path of its own: the name a value has in its object.</summary>
    public static string LastSegment(string path) => DataPath.Last(path);

    private static IEnumerable<(JsonElement Value, JsonElement Holder)> Expand(JsonElement value, string segment)
    {
        if (value.ValueKind == JsonValueKind.Array && !IsIndex(segment))
        {
            return value.EnumerateArray().SelectMany(item => Expand(item, segment));
        }

        return Step(value, segment) is { } next ? [(next, value)] : [];
    }

    private static JsonElement? Step(JsonElement current, string segment)
    {
        switch (current.ValueKind)
        {
            case JsonValueKind.Object:
                if (current.TryGetProperty(segment, out var exact))
                {
                    return exact;
                }

                // Some answers keep PascalCase names; a definition's camelCase path should still find them.
                foreach (var property in current.EnumerateObject())
                {
                    if (string.Equals(property.Name, segment, StringComparison.OrdinalIgnoreCase))
                    {
                        return property.Value;
                    }
                }

                return null;
            case JsonValueKind.Array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index):
                return index < current.GetArrayLength() ? current[index] : null;
            default:
                return null;
        }
    }

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static JsonElement? Present(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } ? value : null;
}
