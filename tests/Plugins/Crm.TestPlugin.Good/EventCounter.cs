using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.Good;

/// <summary>Counts the events it receives, so a test can see that the plugin's handler is called.</summary>
public sealed class EventCounter : ICrmEventHandler<CrmEvent>
{
    private int _received;

    public int Received => _received;

    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _received);
        return Task.CompletedTask;
    }
}
