using System.Reflection;
using Crm.Abstractions.Extensibility;

namespace Host.Sample.AddOns;

/// <summary>
/// What <see cref="AddOnLoader"/> made of each add-on folder, for the add-on's loaded-plugins screen:
/// the folder name as id, the assembly's title and version when it loaded, the error when it did not.
/// </summary>
internal sealed class PluginDirectory(IReadOnlyList<LoadedAddOn> addOns) : IPluginDirectory
{
    public IReadOnlyList<PluginStatus> Plugins { get; } = [.. addOns.Select(Describe)];

    private static PluginStatus Describe(LoadedAddOn addOn)
    {
        var assembly = addOn.Assembly;
        var displayName = assembly?.GetCustomAttribute<AssemblyTitleAttribute>()?.Title
            ?? assembly?.GetCustomAttribute<AssemblyProductAttribute>()?.Product
            ?? addOn.Name;
        return new PluginStatus(addOn.Name, displayName, VersionOf(assembly), addOn.Loaded, addOn.Error);
    }

    // The SDK appends "+<commit>" to the informational version; admins compare release numbers.
    private static string? VersionOf(Assembly? assembly)
    {
        var version = assembly?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly?.GetName().Version?.ToString();
        var commit = version?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return commit >= 0 ? version![..commit] : version;
    }
}
