using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.ThrowingHandler;

/// <summary>Succeeds on every event: its successes must not hide the plugin's failing handler.</summary>
public sealed class WorkingHandler : ICrmEventHandler<CrmEvent>
{
    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
