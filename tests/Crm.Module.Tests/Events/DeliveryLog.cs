using System.Collections.Concurrent;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Tests.Events;

/// <summary>Every handler call of a test, shared by all hosts of the test, and switches that steer <see cref="FirstHandler"/>.</summary>
internal sealed class DeliveryLog
{
    private readonly ConcurrentQueue<HandlerCall> _calls = new();
    private readonly ConcurrentDictionary<Guid, bool> _waitedOnce = new();
    private readonly TaskCompletionSource _hung = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public volatile bool Faulty = true;

    public IReadOnlyList<HandlerCall> Calls => [.. _calls];

    public int CallsOf(string handler, Guid eventId) => _calls.Count(c => c.Handler == handler && c.Event.EventId == eventId);

    public bool Handled(string handler, CrmEvent crmEvent) => CallsOf(handler, crmEvent.EventId) > 0;

    public void Record(string handler, CrmEvent crmEvent, bool userAuthenticated) => _calls.Enqueue(new HandlerCall(handler, crmEvent, userAuthenticated));

    /// <summary>True only the first time it is asked for <paramref name="eventId"/>.</summary>
    public bool FirstWait(Guid eventId) => _waitedOnce.TryAdd(eventId, true);

    public Task Hung => _hung.Task;

    public void ReleaseHungHandlers() => _hung.TrySetResult();
}

internal sealed record HandlerCall(string Handler, CrmEvent Event, bool UserAuthenticated);
