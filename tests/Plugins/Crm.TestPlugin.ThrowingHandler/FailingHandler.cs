using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.ThrowingHandler;

/// <summary>Throws on every event.</summary>
public sealed class FailingHandler : ICrmEventHandler<CrmEvent>
{
    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"The test plugin's handler fails on event {crmEvent?.EventId}.");
}
