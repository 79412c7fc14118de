using System.Globalization;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Events;

/// <summary><c>Crm:Events</c>: how the outbox dispatcher of this host polls, claims and retries.</summary>
internal sealed class OutboxOptions
{
    public const string SectionName = "Crm:Events";

    /// <summary>
    /// Names this dispatcher in <c>crm_outbox.locked_by</c>. The default (machine, process, a random
    /// suffix) differs for every dispatcher, which is all the claim needs.
    /// </summary>
    public string NodeName { get; set; } = DefaultNodeName();

    /// <summary>How often the table is read when no wake-up came: covers a lost wake-up (crash) and events written by other hosts.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Due rows read per query; claimed and delivered one by one.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claimed row belongs to this host. Longer than <see cref="HandlerTimeout"/> times the
    /// handlers per event, or a slow delivery may run again on another host in parallel.
    /// </summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one handler may take before it counts as failed and the dispatcher moves on.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Delay after the first failed attempt; it doubles with every further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before an event is given up ("dead": left undelivered in the table, logged as an error).</summary>
    public int MaxAttempts { get; set; } = 20;

    public static OutboxOptions From(IConfiguration configuration)
    {
        var options = new OutboxOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.Validate();
        return options;
    }

    /// <summary>When the next attempt is due after <paramref name="failedAttempts"/> failures, or null when that was the last.</summary>
    public DateTimeOffset? NextAttemptAfter(int failedAttempts, DateTimeOffset now)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }

        // Doubling in ticks overflows past ~60 doublings; the cap is reached long before.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 60));
        var delay = Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks);
        return now + TimeSpan.FromTicks((long)delay);
    }

    private void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(NodeName) && NodeName.Length <= 100, nameof(NodeName), "Must be 1 to 100 characters.");
        Require(PollInterval > TimeSpan.Zero, nameof(PollInterval), "Must be positive.");
        Require(BatchSize is > 0 and <= 1000, nameof(BatchSize), "Must be 1 to 1000.");
        Require(HandlerTimeout > TimeSpan.Zero, nameof(HandlerTimeout), "Must be positive.");
        Require(LockDuration > HandlerTimeout, nameof(LockDuration), $"Must be longer than {nameof(HandlerTimeout)}.");
        Require(FirstRetryDelay > TimeSpan.Zero, nameof(FirstRetryDelay), "Must be positive.");
        Require(MaxRetryDelay >= FirstRetryDelay, nameof(MaxRetryDelay), $"Must be at least {nameof(FirstRetryDelay)}.");
        Require(MaxAttempts > 0, nameof(MaxAttempts), "Must be positive.");
    }

    private static void Require(bool valid, string setting, string problem)
    {
        if (!valid)
        {
            throw new CrmSettingException($"{SectionName}:{setting}", problem);
        }
    }

    private static string DefaultNodeName()
    {
        var machine = Environment.MachineName.Length > 60 ? Environment.MachineName[..60] : Environment.MachineName;
        return string.Create(CultureInfo.InvariantCulture, $"{machine}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");
    }
}
