using System.Globalization;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Data.Resilience;

/// <summary>
/// <c>Crm:Database</c>: <c>StartupTimeout</c> (how long start-up waits for the database to answer,
/// default 00:01:00), <c>RetryAttempts</c> (further tries of a connection, a request or a job after a
/// passing fault, default 3), <c>RetryDelay</c> (the first pause, doubled each time with jitter,
/// default 00:00:00.2), <c>JobRetryDelay</c> (the first pause before a scheduled job or rule
/// run is tried again, default 00:00:02) and <c>RetryAfter</c> (what a 503 tells the caller to wait, default 00:00:05).
/// </summary>
internal sealed class ResilienceOptions
{
    public const string SectionName = "Crm:Database";

    public ResilienceOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        StartupTimeout = Duration(section, "StartupTimeout", TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.FromHours(1));
        RetryDelay = Duration(section, "RetryDelay", TimeSpan.FromMilliseconds(200), TimeSpan.Zero, TimeSpan.FromMinutes(1));
        JobRetryDelay = Duration(section, "JobRetryDelay", TimeSpan.FromSeconds(2), TimeSpan.Zero, TimeSpan.FromHours(1));
        RetryAfter = Duration(section, "RetryAfter", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var attempts = section["RetryAttempts"];
        RetryAttempts = attempts is null ? 3
            : int.TryParse(attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 20 ? n
            : throw new CrmSettingException(SectionName + ":RetryAttempts", $"'{attempts}' is not a whole number from 0 to 20.");
    }

    public TimeSpan StartupTimeout { get; }

    public int RetryAttempts { get; }

    public TimeSpan RetryDelay { get; }

    public TimeSpan JobRetryDelay { get; }

    public TimeSpan RetryAfter { get; }

    private static TimeSpan Duration(IConfigurationSection section, string name, TimeSpan fallback, TimeSpan min, TimeSpan max)
    {
        var text = section[name];
        return text is null ? fallback
            : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
            : throw new CrmSettingException($"{SectionName}:{name}", $"'{text}' is not a duration (hh:mm:ss) from {min} to {max}.");
    }
}
