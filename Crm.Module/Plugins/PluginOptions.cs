using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Plugins;

/// <summary><c>Crm:Plugins</c>: where the add-on finds vertical plugins, and when it gives up on one that keeps failing.</summary>
internal sealed class PluginOptions
{
    public const string SectionName = "Crm:Plugins";

    /// <summary>The folder of plugin folders; a relative path is taken from the add-on's own folder.</summary>
    public string Folder { get; set; } = "plugins";

    /// <summary>Consecutive failures of one event handler, rule or scheduled job of a plugin after which all the plugin's handlers, rules and jobs are disabled until the host restarts.</summary>
    public int DisableAfterFailures { get; set; } = 5;

    /// <summary><see cref="Folder"/> as an absolute path.</summary>
    public string FolderPath => Path.GetFullPath(Folder, AddOnFolder);

    private static string AddOnFolder => Path.GetDirectoryName(typeof(PluginOptions).Assembly.Location) ?? AppContext.BaseDirectory;

    /// <param name="configuration">Null when the host handed none over; the defaults apply then.</param>
    public static PluginOptions From(IConfiguration? configuration)
    {
        var options = new PluginOptions();
        configuration?.GetSection(SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            throw new CrmSettingException($"{SectionName}:{nameof(Folder)}", "Must name a folder.");
        }

        if (options.DisableAfterFailures <= 0)
        {
            throw new CrmSettingException($"{SectionName}:{nameof(DisableAfterFailures)}", "Must be positive.");
        }

        return options;
    }
}
