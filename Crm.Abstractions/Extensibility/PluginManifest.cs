namespace Crm.Abstractions.Extensibility;

/// <summary>
/// What a vertical plugin declares about itself before any of its code runs. Every plugin folder
/// holds its main assembly <c>&lt;Id&gt;.dll</c> and this manifest as <c>crm-plugin.json</c>
/// (<see cref="FileName"/>); the add-on reads and checks it at start and leaves a plugin out, with
/// the reason, when it does not fit.
/// </summary>
/// <remarks>
/// <para>The JSON shape (property names in camel case; <c>dependencies</c> may be left out):</para>
/// <code>
/// {
///   "id": "Acme.Automotive",
///   "version": "1.2.0",
///   "displayName": "Automotive dealers",
///   "abstractions": "[0.1.0, 1.0.0)",
///   "dependencies": { "Other.Plugin": "[1.0.0, )" },
///   "tablePrefix": "auto_"
/// }
/// </code>
/// <para>
/// Versions are semantic versions (<c>1.2.0</c>, <c>2.0.0-beta.1</c>); ranges use NuGet's range
/// syntax: <c>[1.0.0, 2.0.0)</c> is 1.0.0 up to but excluding 2.0.0, <c>[1.0.0, )</c> is 1.0.0 or
/// later, a bare <c>1.0.0</c> also means 1.0.0 or later.
/// </para>
/// </remarks>
/// <param name="Id">The plugin's stable id; must equal the name of its folder and of its main assembly.</param>
/// <param name="Version">The plugin's own semantic version.</param>
/// <param name="DisplayName">The name admins see on the loaded-plugins screen.</param>
/// <param name="Abstractions">The range of <c>Crm.Abstractions</c> versions the plugin was built and tested against.</param>
/// <param name="Dependencies">Other plugins this one needs, by id, with the range of their versions it accepts; they are loaded first.</param>
public sealed record PluginManifest(string Id, string Version, string DisplayName, string Abstractions, IReadOnlyDictionary<string, string>? Dependencies = null)
{
    /// <summary>
    /// The prefix of the plugin's own tables, required when the plugin ships migrations: lower-case
    /// letters and digits ending in <c>_</c> (e.g. <c>auto_</c>), unique among the loaded plugins and
    /// never <c>crm_</c> or <c>qrtz_</c>. The plugin's migrations are FluentMigrator migrations in its
    /// main assembly; the add-on runs them at start, before any plugin code, records them in
    /// <c>&lt;prefix&gt;versions</c>, and refuses (leaving the plugin out) a migration that touches a
    /// table without the prefix.
    /// </summary>
    public string? TablePrefix { get; init; }

    /// <summary>The manifest's file name inside the plugin folder.</summary>
    public const string FileName = "crm-plugin.json";
}
