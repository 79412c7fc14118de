using System.Resources;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// Reads <c>Crm:Erp</c>: first the built-in profile it names, then every explicit setting on top,
/// so an administrator overrides one column without repeating the whole profile. Environment
/// variables (<c>Crm__Erp__Invoices__DueDate</c>) override through the host's configuration.
/// </summary>
internal static class ErpMappingLoader
{
    public static IReadOnlyList<string> Profiles { get; } = ["HostSample", "SapBusinessOne"];

    public static ErpMappingOptions Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(ErpMappingOptions.SectionName);
        var builder = new ConfigurationBuilder();
        var profile = section["Profile"];
        if (!string.IsNullOrWhiteSpace(profile))
        {
            builder.AddJsonStream(OpenProfile(profile));
        }

        builder.AddInMemoryCollection(section.AsEnumerable(makePathsRelative: true)
            .Where(setting => setting.Value is not null));
        var merged = builder.Build();
        try
        {
            return merged.Get<ErpMappingOptions>() ?? new ErpMappingOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key in its message, e.g. a KeyType that is not one of the enum's names.
            throw new ErpMappingException(ErpMappingOptions.SectionName, e.Message, e);
        }
    }

    private static Stream OpenProfile(string profile)
    {
        var name = Profiles.FirstOrDefault(p => p.Equals(profile, StringComparison.OrdinalIgnoreCase))
            ?? throw new ErpMappingException(
                ErpMappingOptions.SectionName + ":Profile",
                $"'{profile}' is not a built-in profile; use one of {string.Join(", ", Profiles)} or leave it empty and map every table.");
        var assembly = typeof(ErpMappingLoader).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(r => r.EndsWith($".Profiles.{name}.json", StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource) ?? throw new MissingManifestResourceException(resource);
    }
}
