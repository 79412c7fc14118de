using System.Text.RegularExpressions;
using Autofac;
using Autofac.Core;
using Crm.Abstractions.Extensibility;
using Crm.Module.Plugins;
using Quartz;

namespace Crm.Module.Jobs;

/// <summary>
/// The scheduled jobs registered in the container, checked once when first needed (at start, after
/// the migrations): each job is created once in a scope of its own to read its code, name and default
/// schedule. The jobs of a plugin disabled at start (its migrations failed) are not created at all.
/// </summary>
internal sealed partial class JobCatalog
{
    private const int MaxCodeLength = 100;

    private JobCatalog(IReadOnlyList<JobEntry> jobs) => Jobs = jobs;

    public IReadOnlyList<JobEntry> Jobs { get; }

    /// <summary>The runnable job with this code; null when there is none on this host.</summary>
    public JobEntry? Find(string code) => Jobs.FirstOrDefault(j => j.Runnable && j.Code == code);

    public static JobCatalog Discover(ILifetimeScope container, JobOptions options, PluginHealth health)
    {
        var jobs = new List<JobEntry>();
        // Autofac lists the last registration (the default) first; in registration order, the first of
        // two jobs with one code keeps it, as with IEnumerable<ICrmJob>.
        foreach (var registration in container.ComponentRegistry.ServiceRegistrationsFor(new TypedService(typeof(ICrmJob))).Reverse())
        {
            var plugin = registration.Registration.Metadata.TryGetValue(PluginMetadata.PluginId, out var id) ? id as string : null;
            if (plugin is not null && health.DisabledReason(plugin) is not null)
            {
                continue;
            }

            jobs.Add(Describe(container, registration, plugin, options, jobs));
        }

        return new JobCatalog(jobs);
    }

    private static JobEntry Describe(ILifetimeScope container, ServiceRegistration registration, string? plugin, JobOptions options, List<JobEntry> earlier)
    {
        var typeName = registration.Registration.Activator.LimitType.FullName ?? registration.Registration.Activator.LimitType.Name;
        string code, name, defaultSchedule;
        try
        {
            using var scope = container.BeginLifetimeScope();
            var job = JobEntry.Create(scope, registration);
            (code, name, defaultSchedule) = (job.Code, job.Name, job.DefaultSchedule);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var cause = e is DependencyResolutionException { InnerException: { } inner } ? inner : e;
            return new JobEntry(typeName, typeName, plugin, string.Empty, false, $"{typeName} cannot be created: {cause.GetType().Name}: {cause.Message}", registration);
        }

        var configured = options.Schedule(code);
        var schedule = configured ?? defaultSchedule;
        var enabledText = options.Enabled(code);
        var problem = CodeProblem(code, earlier)
            ?? (enabledText is null || bool.TryParse(enabledText, out _) ? null : $"{JobOptions.Setting(code, "Enabled")}: '{enabledText}' is not true or false.")
            ?? (CronExpression.TryParse(schedule, out _) ? null
                : configured is null ? $"The job's DefaultSchedule '{schedule}' is not a valid Quartz cron expression; set {JobOptions.Setting(code, "Schedule")}."
                : $"{JobOptions.Setting(code, "Schedule")}: '{schedule}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year]).");
        return new JobEntry(code, name, plugin, schedule, enabledText is null || (bool.TryParse(enabledText, out var enabled) && enabled), problem, registration);
    }

    private static string? CodeProblem(string code, List<JobEntry> earlier)
    {
        if (code is null || code.Length > MaxCodeLength || !CodePattern().IsMatch(code))
        {
            return $"The job's code '{code}' is not a plugin prefix and a name in lower case with dashes (e.g. auto.recall-import), at most {MaxCodeLength} characters.";
        }

        return earlier.Any(j => j.Code == code) ? $"The code '{code}' is already used by another job; this one is not scheduled." : null;
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
