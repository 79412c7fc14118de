namespace Crm.Abstractions.Extensibility;

/// <summary>
/// Work a plugin wants done on a schedule, e.g. a nightly import of recall campaigns. Register it
/// in your Autofac module (<c>builder.RegisterType&lt;RecallImport&gt;().As&lt;ICrmJob&gt;();</c>);
/// the add-on schedules it with Quartz in its persistent store, so with several hosts each run
/// happens on one of them only.
/// </summary>
/// <remarks>
/// <para>
/// Each run gets a new Autofac lifetime scope and no signed-in user. The schedule is
/// <see cref="DefaultSchedule"/> unless <c>Crm:Jobs:&lt;Code&gt;:Schedule</c> sets another;
/// <c>Crm:Jobs:&lt;Code&gt;:Enabled</c> = <c>false</c> turns it off, and
/// <c>Crm:Jobs:&lt;Code&gt;:Parameters</c> reach the job as <see cref="CrmJobContext.Parameters"/>.
/// Runs of one job never overlap; a run missed while no host was up is made up once at the next start.
/// A run that throws is logged and counted against the plugin like a failing event handler; the next
/// scheduled run comes as usual.
/// </para>
/// </remarks>
public interface ICrmJob
{
    /// <summary>Stable code, your plugin's prefix and a name in lower case with dashes, e.g. <c>auto.recall-import</c>.</summary>
    string Code { get; }

    /// <summary>Name for people (admins see it with the job's last run).</summary>
    string Name { get; }

    /// <summary>Quartz cron expression (seconds first) used unless configured, e.g. <c>0 30 2 * * ?</c>.</summary>
    string DefaultSchedule { get; }

    /// <summary>Does one run.</summary>
    /// <param name="context">When the run was due and its parameters.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the run is done.</returns>
    Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken);
}

/// <summary>What a job run knows.</summary>
/// <param name="Now">The moment of the run.</param>
/// <param name="Parameters">The job's <c>Parameters</c> from configuration (text; the job parses them).</param>
public sealed record CrmJobContext(DateTimeOffset Now, IReadOnlyDictionary<string, string> Parameters);
