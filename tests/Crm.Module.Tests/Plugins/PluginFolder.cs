using Crm.Abstractions.Extensibility;

namespace Crm.Module.Tests.Plugins;

/// <summary>
/// A plugin folder of the test's own in the temp directory, laid out from the test plugins the
/// build copied to <c>test-plugins/</c>: each plugin under the id it is given, its main assembly
/// renamed to match, with the test plugin's manifest or one the test writes. Deleted on dispose.
/// </summary>
internal sealed class PluginFolder : IDisposable
{
    private PluginFolder(string path) => Path = path;

    public string Path { get; }

    public static PluginFolder Create() =>
        new(Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-plugins-" + Guid.NewGuid().ToString("N"))).FullName);

    /// <param name="built">The test plugin project's name, e.g. <c>Crm.TestPlugin.Good</c>.</param>
    /// <param name="id">The folder name; the built plugin's name when null.</param>
    /// <param name="manifest">The text of <c>crm-plugin.json</c>; the built plugin's own when null.</param>
    public PluginFolder Add(string built, string? id = null, string? manifest = null)
    {
        id ??= built;
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "test-plugins", built);
        var target = Directory.CreateDirectory(System.IO.Path.Combine(Path, id)).FullName;
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var name = System.IO.Path.GetFileName(file);
            var renamed = name.StartsWith(built + ".", StringComparison.Ordinal) ? id + name[built.Length..] : name;
            File.Copy(file, System.IO.Path.Combine(target, renamed));
        }

        if (manifest is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(target, PluginManifest.FileName), manifest);
        }

        return this;
    }

    /// <summary>A manifest for <paramref name="id"/>; the other values are those of a plugin that fits.</summary>
    /// <param name="tablePrefix">The manifest's tablePrefix; left out when null.</param>
    public static string Manifest(string id, string abstractions = "[0.1.0, 1.0.0)", string version = "1.0.0", string dependencies = "{}", string? tablePrefix = null) =>
        $$"""{ "id": "{{id}}", "version": "{{version}}", "displayName": "{{id}} (test)", "abstractions": "{{abstractions}}", "dependencies": {{dependencies}}{{(tablePrefix is null ? "" : $", \"tablePrefix\": \"{tablePrefix}\"")}} }""";

    public void Dispose()
    {
        // The plugins' assemblies stay loaded (their load contexts are not collectible); on Windows
        // their files could not be deleted, which leaves a temp folder behind and nothing else.
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (IOException)
        {
        }
    }
}
