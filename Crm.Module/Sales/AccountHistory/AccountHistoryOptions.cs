using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// <c>Crm:Sales:AccountHistory</c>: <c>LookBackDays</c> (default 730), the window of the typical
/// reorder interval and of the products bought; <c>TopProducts</c> (default 10).
/// <c>Crm:Sales:Segments</c>: <c>WindowDays</c> (default 365), the RFM and profitability window;
/// <c>Schedule</c> (Quartz cron, default daily at 02:30 in the working calendar's time zone);
/// <c>BatchSize</c> (rows per insert batch, default 500).
/// </summary>
internal sealed class AccountHistoryOptions
{
    public const string HistorySection = "Crm:Sales:AccountHistory";

    public const string SegmentsSection = "Crm:Sales:Segments";

    private AccountHistoryOptions(int lookBackDays, int topProducts, int windowDays, string schedule, int batchSize)
    {
        LookBackDays = lookBackDays;
        TopProducts = topProducts;
        WindowDays = windowDays;
        Schedule = schedule;
        BatchSize = batchSize;
    }

    public int LookBackDays { get; }

    public int TopProducts { get; }

    public int WindowDays { get; }

    public string Schedule { get; }

    public int BatchSize { get; }

    /// <summary>The segments cover accounts with an order in either window.</summary>
    public int PopulationDays => Math.Max(LookBackDays, WindowDays);

    public static AccountHistoryOptions From(IConfiguration configuration)
    {
        var history = configuration.GetSection(HistorySection);
        var segments = configuration.GetSection(SegmentsSection);
        var schedule = string.IsNullOrWhiteSpace(segments["Schedule"]) ? "0 30 2 * * ?" : segments["Schedule"]!.Trim();
        if (!Quartz.CronExpression.TryParse(schedule, out _))
        {
            throw new CrmSettingException(SegmentsSection + ":Schedule", $"'{schedule}' is not a Quartz cron expression (seconds first, e.g. 0 30 2 * * ?).");
        }

        return new AccountHistoryOptions(
            Whole(history, HistorySection, "LookBackDays", 730, 30, 3650),
            Whole(history, HistorySection, "TopProducts", 10, 1, 200),
            Whole(segments, SegmentsSection, "WindowDays", 365, 30, 3650),
            schedule,
            Whole(segments, SegmentsSection, "BatchSize", 500, 1, 10_000));
    }

    private static int Whole(IConfigurationSection section, string sectionName, string name, int fallback, int min, int max)
    {
        var text = section[name];
        return text is null ? fallback
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
            : throw new CrmSettingException($"{sectionName}:{name}", $"'{text}' is not a whole number from {min} to {max}.");
    }
}
