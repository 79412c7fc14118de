using System.Text.Json;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins.Migrations;
using NuGet.Versioning;

namespace Crm.Module.Plugins;

/// <summary>Reads a plugin folder's <c>crm-plugin.json</c> and checks what can be checked in it alone.</summary>
internal static class PluginManifestReader
{
    // Web defaults: camel-case names as documented. Missing or null required values are errors
    // rather than silent nulls in the record.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <returns>The manifest, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static PluginManifest? Read(string folder, out string? error)
    {
        var id = Path.GetFileName(folder);
        var path = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            error = $"The folder has no {PluginManifest.FileName}.";
            return null;
        }

        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            error = $"{PluginManifest.FileName} cannot be read: {e.Message}";
            return null;
        }

        error = manifest is null ? $"{PluginManifest.FileName} is empty." : Check(manifest, id);
        return error is null ? manifest : null;
    }

    private static string? Check(PluginManifest manifest, string folderName)
    {
        if (!string.Equals(manifest.Id, folderName, StringComparison.Ordinal))
        {
            return $"The manifest's id '{manifest.Id}' differs from the folder name '{folderName}'.";
        }

        if (string.IsNullOrWhiteSpace(manifest.DisplayName))
        {
            return "The manifest has no displayName.";
        }

        if (!NuGetVersion.TryParse(manifest.Version, out _))
        {
            return $"The manifest's version '{manifest.Version}' is not a semantic version.";
        }

        if (!VersionRange.TryParse(manifest.Abstractions, out _))
        {
            return $"The manifest's abstractions range '{manifest.Abstractions}' is not a version range such as [0.1.0, 1.0.0).";
        }

        var badDependency = (manifest.Dependencies ?? new Dictionary<string, string>()).FirstOrDefault(d => d.Value is null || !VersionRange.TryParse(d.Value, out _));
        if (badDependency.Key is not null)
        {
            return $"The range '{badDependency.Value}' of dependency '{badDependency.Key}' is not a version range such as [1.0.0, ).";
        }

        return manifest.TablePrefix is { } prefix ? PluginTablePrefix.Problem(prefix) : null;
    }
}
