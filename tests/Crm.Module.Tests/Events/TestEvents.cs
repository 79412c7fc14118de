using Crm.Abstractions.Extensibility;

namespace Crm.Module.Tests.Events;

/// <summary>What <see cref="FirstHandler"/> does with a <see cref="TestEvent"/>.</summary>
internal enum TestBehaviour
{
    Succeed,

    /// <summary>Throws while <see cref="DeliveryLog.Faulty"/> is set.</summary>
    FailWhileFaulty,

    /// <summary>The first time: waits until its token is cancelled. Later: succeeds.</summary>
    WaitForCancellationOnce,

    /// <summary>Hangs, ignoring its token, until <see cref="DeliveryLog.ReleaseHungHandlers"/>.</summary>
    IgnoreCancellation,
}

/// <summary>An event of the test assembly, so the registry must take types from outside Crm.Abstractions.</summary>
internal sealed record TestEvent(string Text, TestBehaviour Behaviour = TestBehaviour.Succeed, decimal Amount = 0m, DateOnly? Day = null) : CrmEvent
{
    public static TestEvent Create(string text, DateTimeOffset now, TestBehaviour behaviour = TestBehaviour.Succeed) =>
        new(text, behaviour) { EventId = Guid.NewGuid(), OccurredAt = now };
}

/// <summary>An event only some hosts have a handler for, like a plugin's event on a host without that plugin.</summary>
internal sealed record PluginEvent(string Text) : CrmEvent;
