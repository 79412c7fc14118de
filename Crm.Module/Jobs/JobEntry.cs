using Autofac;
using Autofac.Core;
using Autofac.Core.Resolving;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Jobs;

/// <summary>
/// One registered <see cref="ICrmJob"/> as found at start, with its effective settings. A job with a
/// <see cref="Problem"/> (bad code, duplicate code, bad setting) is listed but never scheduled.
/// </summary>
/// <param name="Plugin">The plugin that registered it; null for the host's own jobs.</param>
/// <param name="Registration">Its registration, so each run creates exactly this job in the run's own scope.</param>
internal sealed record JobEntry(string Code, string Name, string? Plugin, string Schedule, bool Enabled, string? Problem, ServiceRegistration Registration)
{
    private static readonly TypedService Service = new(typeof(ICrmJob));

    public bool Runnable => Problem is null;

    public ICrmJob Create(ILifetimeScope scope) => Create(scope, Registration);

    /// <summary>Creates the job of <paramref name="registration"/> (only that one of all the jobs) in <paramref name="scope"/>.</summary>
    public static ICrmJob Create(ILifetimeScope scope, ServiceRegistration registration) =>
        (ICrmJob)scope.ResolveComponent(new ResolveRequest(Service, registration, []));
}
