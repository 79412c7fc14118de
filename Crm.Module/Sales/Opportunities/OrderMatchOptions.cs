using System.Globalization;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.Opportunities;

/// <summary>
/// <c>Crm:Sales:OrderMatching</c>: how a won opportunity finds the ERP order that realizes it.
/// <c>AmountTolerancePercent</c> (default 10): an order total in the same currency within ± this share
/// of the amount; <c>DaysBefore</c> (default 3) and <c>DaysAfter</c> (default 30): the order date
/// window around the won date; <c>LookBackDays</c> (default 90): how long after winning the job keeps
/// looking; <c>BatchSize</c> (default 100); <c>Schedule</c> (Quartz cron, default every 15 minutes);
/// <c>ExcludedStatuses</c>: order statuses (as the mapped <c>Orders:Status</c> yields them, compared
/// ignoring case) that never realize an opportunity, default <c>Cancelled</c>.
/// Read and checked when constructed, so a wrong value stops start-up naming its setting.
/// </summary>
internal sealed class OrderMatchOptions
{
    public const string SectionName = "Crm:Sales:OrderMatching";

    public OrderMatchOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        AmountTolerancePercent = Number(section, "AmountTolerancePercent", 10m, 0m, 100m);
        DaysBefore = Whole(section, "DaysBefore", 3, 0, 365);
        DaysAfter = Whole(section, "DaysAfter", 30, 0, 365);
        LookBackDays = Whole(section, "LookBackDays", 90, 1, 3650);
        BatchSize = Whole(section, "BatchSize", 100, 1, 10_000);
        var excluded = section.GetSection("ExcludedStatuses").GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToList();
        ExcludedStatuses = new HashSet<string>(excluded.Count == 0 ? ["Cancelled"] : excluded, StringComparer.OrdinalIgnoreCase);
        Schedule = section["Schedule"] ?? "0 0/15 * * * ?";
        try
        {
            _ = new Quartz.CronExpression(Schedule);
        }
        catch (FormatException e)
        {
            throw new CrmSettingException(SectionName + ":Schedule", $"'{Schedule}' is not a Quartz cron expression (seconds first, e.g. 0 0/15 * * * ?): {e.Message}", e);
        }
    }

    public decimal AmountTolerancePercent { get; }

    public int DaysBefore { get; }

    public int DaysAfter { get; }

    public int LookBackDays { get; }

    public int BatchSize { get; }

    public string Schedule { get; }

    public IReadOnlySet<string> ExcludedStatuses { get; }

    private static int Whole(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var text = section[key];
        return text is null ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
            : throw new CrmSettingException($"{SectionName}:{key}", $"'{text}' is not a whole number from {min} to {max}.");
    }

    private static decimal Number(IConfigurationSection section, string key, decimal fallback, decimal min, decimal max)
    {
        var text = section[key];
        return text is null ? fallback
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
            : throw new CrmSettingException($"{SectionName}:{key}", $"'{text}' is not a number from {min} to {max}.");
    }
}
