using System.Globalization;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Privacy;

/// <summary>
/// <c>Crm:Privacy:Retention</c>: after how many days the personal data of closed or resolved
/// inquiries (<c>ClosedInquiriesDays</c>, default 730) and of disqualified leads
/// (<c>DisqualifiedLeadsDays</c>, default 365) is erased, counted from the record's last change;
/// 0 switches a rule off. <c>BatchSize</c> (default 100) records are erased per transaction.
/// When the jobs run is set like any job's (<c>Crm:Jobs:&lt;code&gt;:Schedule</c>, <c>Enabled</c>).
/// </summary>
internal sealed class RetentionOptions
{
    public const string SectionName = "Crm:Privacy:Retention";

    private const int MaxDays = 36_500;

    private RetentionOptions(int closedInquiriesDays, int disqualifiedLeadsDays, int batchSize)
    {
        ClosedInquiriesDays = closedInquiriesDays;
        DisqualifiedLeadsDays = disqualifiedLeadsDays;
        BatchSize = batchSize;
    }

    /// <summary>Days after which a closed or resolved inquiry is erased; 0: never.</summary>
    public int ClosedInquiriesDays { get; }

    /// <summary>Days after which a disqualified lead is erased; 0: never.</summary>
    public int DisqualifiedLeadsDays { get; }

    public int BatchSize { get; }

    /// <exception cref="CrmSettingException">A value is not a whole number in range; the message names the setting.</exception>
    public static RetentionOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return new RetentionOptions(
            Read(section, "ClosedInquiriesDays", 730, 0, MaxDays),
            Read(section, "DisqualifiedLeadsDays", 365, 0, MaxDays),
            Read(section, "BatchSize", 100, 1, 10_000));
    }

    private static int Read(IConfigurationSection section, string name, int fallback, int minimum, int maximum)
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            throw new CrmSettingException($"{SectionName}:{name}", $"'{text}' is not a whole number from {minimum} to {maximum}.");
        }

        return value;
    }
}
