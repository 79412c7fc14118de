using System.Globalization;
using Crm.Abstractions.FollowUps;
using Crm.Module.Hosting;

namespace Crm.Module.FollowUps.Rules;

/// <summary>Reads a rule's text parameters, naming the setting when one is not what the rule needs.</summary>
internal static class RuleParameters
{
    public static int Whole(this FollowUpRuleContext context, string rule, string name, int fallback) =>
        !context.Parameters.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value < 100_000 ? value
        : throw new CrmSettingException(Setting(rule, name), $"'{text}' is not a whole number.");

    public static double Number(this FollowUpRuleContext context, string rule, string name, double fallback) =>
        !context.Parameters.TryGetValue(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1000 ? value
        : throw new CrmSettingException(Setting(rule, name), $"'{text}' is not a positive number.");

    public static string? Text(this FollowUpRuleContext context, string name) =>
        context.Parameters.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static string Setting(string rule, string name) => $"{FollowUpOptions.SectionName}:Rules:{rule}:Parameters:{name}";
}
