using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events;

/// <summary>One registered handler of one event, created only when called so that a constructor that throws fails this handler alone.</summary>
internal interface IHandlerCall
{
    /// <summary>The handler's type once created; before that, which handler of which event type it is.</summary>
    string Name { get; }

    /// <summary>The vertical plugin that registered the handler; null for the add-on's and the host's own.</summary>
    string? PluginId { get; }

    Task InvokeAsync(CrmEvent crmEvent, CancellationToken cancellationToken);
}

internal sealed class HandlerCall<TEvent>(Lazy<ICrmEventHandler<TEvent>> handler, int position, string? pluginId) : IHandlerCall
    where TEvent : CrmEvent
{
    public string? PluginId => pluginId;

    public string Name => handler.IsValueCreated
        ? handler.Value.GetType().FullName ?? handler.Value.GetType().Name
        : $"{nameof(ICrmEventHandler<>)}<{typeof(TEvent).Name}> #{position}";

    public Task InvokeAsync(CrmEvent crmEvent, CancellationToken cancellationToken) =>
        handler.Value.HandleAsync((TEvent)crmEvent, cancellationToken);
}
