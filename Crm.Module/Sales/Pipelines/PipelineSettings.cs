using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Abstractions.Sales;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.Pipelines;

/// <summary>
/// Reads <c>Crm:Sales:Pipelines</c> (each with <c>Code</c>, <c>Name</c>, <c>Currency</c> and ordered
/// <c>Stages</c> of <c>Code</c>, <c>Name</c>, <c>Probability</c>) and <c>Crm:Sales:LostReasons</c>
/// (each <c>Code</c>, <c>Name</c>), read field by field so that a wrong value stops start-up naming
/// its setting rather than failing inside the configuration binder.
/// </summary>
internal static partial class PipelineSettings
{
    public const string PipelinesSection = "Crm:Sales:Pipelines";

    public const string LostReasonsSection = "Crm:Sales:LostReasons";

    /// <summary>The pipeline used when none is configured.</summary>
    public static Pipeline BuiltInDefault { get; } = new("default", "Sales", "EUR",
    [
        new("qualification", "Qualification", 10),
        new("needs-analysis", "Needs analysis", 25),
        new("proposal", "Proposal", 50),
        new("negotiation", "Negotiation", 75),
    ]);

    public static IReadOnlyList<LostReason> DefaultLostReasons { get; } =
    [
        new("price", "Price"),
        new("competitor", "Lost to a competitor"),
        new("no-budget", "No budget"),
        new("no-decision", "No decision"),
        new("timing", "Timing"),
        new("product-fit", "Product does not fit"),
        new("other", "Other"),
    ];

    /// <summary>Won and lost are outcomes of every pipeline; a stage of that name would be ambiguous.</summary>
    public static IReadOnlySet<string> ReservedStageCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "won", "lost" };

    public static IReadOnlyList<Pipeline> ReadPipelines(IConfiguration configuration)
    {
        var pipelines = new List<Pipeline>();
        foreach (var section in configuration.GetSection(PipelinesSection).GetChildren())
        {
            var path = section.Path;
            var code = Code(section, "Code");
            if (pipelines.Any(p => p.Code == code))
            {
                throw new CrmSettingException(path + ":Code", $"'{code}' is used by another pipeline.");
            }

            var currency = section["Currency"]?.Trim() ?? string.Empty;
            if (!CurrencyPattern().IsMatch(currency))
            {
                throw new CrmSettingException(path + ":Currency", $"'{currency}' is not a three-letter ISO 4217 code such as EUR.");
            }

            var stages = new List<PipelineStage>();
            foreach (var stageSection in section.GetSection("Stages").GetChildren())
            {
                var stageCode = Code(stageSection, "Code");
                if (ReservedStageCodes.Contains(stageCode) || stages.Any(s => s.Code == stageCode))
                {
                    throw new CrmSettingException(stageSection.Path + ":Code", $"'{stageCode}' is used by another stage of pipeline '{code}' or is an outcome (won, lost), not a stage.");
                }

                var probabilityText = stageSection["Probability"];
                if (!int.TryParse(probabilityText, NumberStyles.None, CultureInfo.InvariantCulture, out var probability) || probability > 100)
                {
                    throw new CrmSettingException(stageSection.Path + ":Probability", $"'{probabilityText}' is not a whole number from 0 to 100.");
                }

                stages.Add(new PipelineStage(stageCode, Name(stageSection, stageCode), probability));
            }

            if (stages.Count == 0)
            {
                throw new CrmSettingException(path + ":Stages", $"pipeline '{code}' has no stages; it needs at least one open stage (won and lost are added by the CRM).");
            }

            pipelines.Add(new Pipeline(code, Name(section, code), currency, stages));
        }

        return pipelines;
    }

    public static IReadOnlyList<LostReason> ReadLostReasons(IConfiguration configuration)
    {
        var reasons = new List<LostReason>();
        foreach (var section in configuration.GetSection(LostReasonsSection).GetChildren())
        {
            var code = Code(section, "Code");
            if (reasons.Any(r => r.Code == code))
            {
                throw new CrmSettingException(section.Path + ":Code", $"'{code}' is used by another lost reason.");
            }

            reasons.Add(new LostReason(code, Name(section, code)));
        }

        return reasons.Count == 0 ? DefaultLostReasons : reasons;
    }

    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static bool IsCurrency(string? currency) => currency is not null && CurrencyPattern().IsMatch(currency);

    private static string Code(IConfigurationSection section, string key)
    {
        var code = section[key]?.Trim();
        return IsCode(code)
            ? code!
            : throw new CrmSettingException(section.Path + ":" + key, $"'{code}' is not a code: 1 to 50 lower-case letters, digits and dashes.");
    }

    private static string Name(IConfigurationSection section, string fallback)
    {
        var name = section["Name"]?.Trim();
        return string.IsNullOrEmpty(name) ? fallback
            : name.Length <= 100 ? name
            : throw new CrmSettingException(section.Path + ":Name", "is longer than 100 characters.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
