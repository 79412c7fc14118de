using Crm.Abstractions.FollowUps;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.FollowUps;

/// <summary>
/// <c>Crm:FollowUps</c>: <c>BatchSize</c> (proposals per transaction, default 200) and per rule
/// <c>Rules:&lt;code&gt;:Enabled</c> (default false: a rule runs only when switched on),
/// <c>Rules:&lt;code&gt;:Schedule</c> (Quartz cron, default the rule's) and <c>Rules:&lt;code&gt;:Parameters</c>.
/// </summary>
internal sealed class FollowUpOptions(IConfiguration configuration)
{
    public const string SectionName = "Crm:FollowUps";

    private readonly IConfigurationSection _section = configuration.GetSection(SectionName);

    public int BatchSize
    {
        get
        {
            var text = _section["BatchSize"];
            return text is null ? 200
                : int.TryParse(text, out var size) && size is > 0 and <= 10_000 ? size
                : throw new CrmSettingException(SectionName + ":BatchSize", $"'{text}' is not a whole number from 1 to 10000.");
        }
    }

    public FollowUpRuleInfo Describe(IFollowUpRule rule)
    {
        var section = _section.GetSection("Rules").GetSection(rule.Code);
        var enabledText = section["Enabled"];
        if (enabledText is not null && !bool.TryParse(enabledText, out _))
        {
            throw new CrmSettingException($"{SectionName}:Rules:{rule.Code}:Enabled", $"'{enabledText}' is not true or false.");
        }

        return new FollowUpRuleInfo(rule.Code, rule.Name, enabledText is not null && bool.Parse(enabledText), section["Schedule"] ?? rule.DefaultSchedule);
    }

    public IReadOnlyDictionary<string, string> Parameters(IFollowUpRule rule) =>
        _section.GetSection("Rules").GetSection(rule.Code).GetSection("Parameters").GetChildren()
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
}
