using Microsoft.Extensions.Configuration;

namespace Crm.Module.Jobs;

/// <summary>
/// <c>Crm:Jobs</c>, per job code: <c>Schedule</c> (Quartz cron, default the job's own),
/// <c>Enabled</c> (default true: a plugin's job runs once the plugin is installed) and
/// <c>Parameters</c> (texts handed to the job).
/// </summary>
internal sealed class JobOptions(IConfiguration configuration)
{
    public const string SectionName = "Crm:Jobs";

    private readonly IConfigurationSection _section = configuration.GetSection(SectionName);

    /// <summary>The full name of a job's setting, as logs and admins see it, e.g. <c>Crm:Jobs:auto.recall-import:Schedule</c>.</summary>
    public static string Setting(string code, string name) => $"{SectionName}:{code}:{name}";

    public string? Schedule(string code) => _section.GetSection(code)["Schedule"];

    public string? Enabled(string code) => _section.GetSection(code)["Enabled"];

    public IReadOnlyDictionary<string, string> Parameters(string code) =>
        _section.GetSection(code).GetSection("Parameters").GetChildren()
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
}
