using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;

namespace Crm.Module.Tests.Events;

/// <summary>Records each call, then behaves as the event asks.</summary>
internal sealed class FirstHandler(DeliveryLog log, ICurrentUser user) : ICrmEventHandler<TestEvent>
{
    public const string Name = "first";

    public async Task HandleAsync(TestEvent crmEvent, CancellationToken cancellationToken)
    {
        log.Record(Name, crmEvent, user.IsAuthenticated);
        switch (crmEvent.Behaviour)
        {
            case TestBehaviour.FailWhileFaulty when log.Faulty:
                throw new InvalidOperationException($"first handler is faulty for '{crmEvent.Text}'");
            case TestBehaviour.WaitForCancellationOnce when log.FirstWait(crmEvent.EventId):
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case TestBehaviour.IgnoreCancellation:
                await log.Hung;
                break;
        }
    }
}

/// <summary>Always succeeds; shows that the first handler's failure does not keep events from it.</summary>
internal sealed class SecondHandler(DeliveryLog log, ICurrentUser user) : ICrmEventHandler<TestEvent>
{
    public const string Name = "second";

    public Task HandleAsync(TestEvent crmEvent, CancellationToken cancellationToken)
    {
        log.Record(Name, crmEvent, user.IsAuthenticated);
        return Task.CompletedTask;
    }
}

/// <summary>Registered for the base type: sees every event.</summary>
internal sealed class EveryEventHandler(DeliveryLog log) : ICrmEventHandler<CrmEvent>
{
    public const string Name = "every";

    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        log.Record(Name, crmEvent, userAuthenticated: false);
        return Task.CompletedTask;
    }
}

/// <summary>The handler a host with "the plugin" has for <see cref="PluginEvent"/>.</summary>
internal sealed class PluginEventHandler(DeliveryLog log) : ICrmEventHandler<PluginEvent>
{
    public const string Name = "plugin";

    public Task HandleAsync(PluginEvent crmEvent, CancellationToken cancellationToken)
    {
        log.Record(Name, crmEvent, userAuthenticated: false);
        return Task.CompletedTask;
    }
}

/// <summary>A handler whose construction fails, like a plugin missing a dependency.</summary>
internal sealed class UnconstructibleHandler : ICrmEventHandler<TestEvent>
{
    public UnconstructibleHandler() => throw new InvalidOperationException("cannot be created");

    public Task HandleAsync(TestEvent crmEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
