namespace Crm.Module.Plugins.Migrations;

/// <summary>
/// The rules for a plugin's <see cref="Crm.Abstractions.Extensibility.PluginManifest.TablePrefix"/>:
/// what it may look like and which prefixes are the add-on's and Quartz's. With no underscore but the
/// last, one valid prefix never starts with another, so distinct prefixes keep plugins' tables apart.
/// </summary>
internal static class PluginTablePrefix
{
    private static readonly string[] Reserved = ["crm_", "qrtz_"];

    /// <summary>Why <paramref name="prefix"/> cannot be a plugin's prefix; null when it can.</summary>
    public static string? Problem(string prefix)
    {
        // Pasted into table names that FluentMigrator quotes: lower case keeps one spelling on every engine.
        if (prefix.Length is < 2 or > 20 || prefix[^1] != '_' || !char.IsAsciiLetterLower(prefix[0])
            || !prefix[..^1].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            return $"The manifest's tablePrefix '{prefix}' must be 1 to 19 lower-case letters or digits, starting with a letter, followed by '_' (e.g. auto_).";
        }

        return Reserved.Contains(prefix)
            ? $"The manifest's tablePrefix '{prefix}' is reserved: the {prefix} tables belong to the add-on and Quartz."
            : null;
    }
}
