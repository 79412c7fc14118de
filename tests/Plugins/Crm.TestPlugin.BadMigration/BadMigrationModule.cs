using Autofac;
using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.BadMigration;

/// <summary>The plugin's entry: a job that must never run, since the plugin is refused at start.</summary>
public sealed class BadMigrationModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<NeverJob>().As<ICrmJob>();
}

/// <summary>Would run every second if the plugin were not refused.</summary>
public sealed class NeverJob : ICrmJob
{
    public string Code => "bad.never";

    public string Name => "Never runs (test plugin)";

    public string DefaultSchedule => "* * * * * ?";

    public Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The refused plugin's job ran.");
}
