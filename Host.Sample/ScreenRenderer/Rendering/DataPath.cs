using System.Text.Json;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// The segments of a screen data path (<see cref="Crm.Abstractions.Screens.ScreenField.DataPath"/>):
/// names joined by dots, and names that contain dots in brackets as JSON strings, so that
/// <c>values["auto.vin"].x</c> is <c>values</c>, <c>auto.vin</c>, <c>x</c>. Reading data and
/// building an action's JSON body share it, so a value goes back where it was read.
/// </summary>
internal static class DataPath
{
    public static IReadOnlyList<string> Segments(string path) => [.. Parse(path).Select(segment => segment.Name)];

    /// <summary>The path without its last segment (empty for a one-segment path).</summary>
    public static string Parent(string path)
    {
        var segments = Parse(path);
        return segments.Count < 2 ? string.Empty : path[..segments[^1].Start].TrimEnd('.');
    }

    /// <summary>The last segment as a path of its own, brackets kept: <c>values["auto.vin"]</c> → <c>["auto.vin"]</c>.</summary>
    public static string Last(string path)
    {
        var segments = Parse(path);
        return segments.Count == 0 ? path : path[segments[^1].Start..];
    }

    private static List<(string Name, int Start)> Parse(string path)
    {
        var segments = new List<(string Name, int Start)>();
        var position = 0;
        while (position < path.Length)
        {
            if (path[position] == '.')
            {
                position++;
                continue;
            }

            var start = position;
            if (path[position] == '[' && Bracketed(path, position) is { } bracketed)
            {
                segments.Add((bracketed.Name, start));
                position = bracketed.End;
                continue;
            }

            var end = path.IndexOfAny(['.', '['], position + 1);
            end = end < 0 ? path.Length : end;
            segments.Add((path[position..end], start));
            position = end;
        }

        return segments;
    }

    /// <summary>The name in <c>["…"]</c> at <paramref name="open"/> and the index after the bracket; null when it is no such bracket.</summary>
    private static (string Name, int End)? Bracketed(string path, int open)
    {
        if (open + 1 >= path.Length || path[open + 1] != '"')
        {
            return null;
        }

        for (var i = open + 2; i < path.Length; i++)
        {
            if (path[i] == '\\')
            {
                i++;
                continue;
            }

            if (path[i] != '"')
            {
                continue;
            }

            if (i + 1 >= path.Length || path[i + 1] != ']')
            {
                return null;
            }

            try
            {
                return (JsonSerializer.Deserialize<string>(path[(open + 1)..(i + 1)])!, i + 2);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }
}
