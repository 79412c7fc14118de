using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Scheduling;

/// <summary><c>Crm:Scheduling</c>: the Quartz scheduler of this host and its job store in the CRM database.</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Crm:Scheduling";

    /// <summary>The instance id that asks Quartz to generate one per process, as clustering needs.</summary>
    public const string AutoInstanceId = "AUTO";

    /// <summary>
    /// False: this host fires no job (a host that only serves the API, tests that must not meet a
    /// nightly job). It still stores one-shot schedules such as reminders, which the hosts that run
    /// scheduling fire; on SQLite, with one host, they wait until scheduling is switched on.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Names the schedule in the job store. Every host sharing one schedule (a cluster) uses the same
    /// name; a different name is a separate schedule in the same tables.
    /// </summary>
    public string InstanceName { get; set; } = "CrmScheduler";

    /// <summary>Names this host within the cluster; <c>AUTO</c> generates one per process. Must differ between hosts.</summary>
    public string InstanceId { get; set; } = AutoInstanceId;

    /// <summary>Jobs that may run at the same time on this host.</summary>
    public int ThreadCount { get; set; } = 5;

    /// <summary>
    /// How often a clustered host records that it is alive. A killed host's jobs are taken over by
    /// another one after this interval plus <see cref="MisfireThreshold"/>. Ignored on SQLite, which runs unclustered.
    /// </summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How late a trigger may fire before it counts as misfired and its misfire instruction decides
    /// (see <see cref="CrmScheduler"/>). Also the slack before a silent cluster node counts as dead.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Prefix of Quartz's own tables; <c>crm_qrtz_</c> keeps them apart from the ERP's and the CRM's.</summary>
    public string TablePrefix { get; set; } = "crm_qrtz_";

    /// <summary>Retries after a job's first failure before the trigger goes back to its ordinary schedule.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; it doubles with every further retry up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public static SchedulingOptions From(IConfiguration configuration)
    {
        var options = new SchedulingOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.Validate();
        return options;
    }

    /// <summary>
    /// SQLite cannot run clustered (Quartz refuses it: no row locks across processes), and one
    /// SQLite file has one host anyway; server databases always run clustered, so a second host
    /// started against the same database shares the work instead of firing every job again.
    /// </summary>
    public static bool ClusteredOn(DatabaseEngine engine) => engine != DatabaseEngine.Sqlite;

    private void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(InstanceName) && InstanceName.Length <= 100, nameof(InstanceName), "Must be 1 to 100 characters.");
        Require(!string.IsNullOrWhiteSpace(InstanceId) && InstanceId.Length <= 100, nameof(InstanceId), $"Must be 1 to 100 characters, or {AutoInstanceId}.");
        Require(ThreadCount is > 0 and <= 100, nameof(ThreadCount), "Must be 1 to 100.");
        Require(CheckinInterval >= TimeSpan.FromMilliseconds(100), nameof(CheckinInterval), "Must be at least 00:00:00.1.");
        Require(MisfireThreshold >= TimeSpan.FromMilliseconds(100), nameof(MisfireThreshold), "Must be at least 00:00:00.1.");
        Require(IsPlainPrefix(TablePrefix), nameof(TablePrefix), "Must be 1 to 30 letters, digits or underscores, starting with a letter.");
        Require(RetryAttempts is >= 0 and <= 100, nameof(RetryAttempts), "Must be 0 to 100.");
        Require(FirstRetryDelay >= TimeSpan.Zero, nameof(FirstRetryDelay), "Must not be negative.");
        Require(MaxRetryDelay >= FirstRetryDelay, nameof(MaxRetryDelay), $"Must be at least {nameof(FirstRetryDelay)}.");
    }

    // The prefix is pasted into Quartz's SQL unquoted: only a plain identifier is safe on every engine.
    private static bool IsPlainPrefix(string prefix) =>
        prefix.Length is > 0 and <= 30 && char.IsAsciiLetter(prefix[0]) && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void Require(bool valid, string setting, string problem)
    {
        if (!valid)
        {
            throw new CrmSettingException(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:{setting}"), problem);
        }
    }
}
