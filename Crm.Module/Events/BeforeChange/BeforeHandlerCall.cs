using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events.BeforeChange;

/// <summary>One registered before-change handler, created only when called so that a constructor that throws fails this handler alone.</summary>
internal interface IBeforeHandlerCall
{
    /// <summary>The handler's type once created; before that, which handler of which event type it is.</summary>
    string Name { get; }

    /// <summary>The vertical plugin that registered the handler; null for the add-on's and the host's own.</summary>
    string? PluginId { get; }

    Task InvokeAsync(CrmEvent change, CrmChangeContext context, CancellationToken cancellationToken);
}

internal sealed class BeforeHandlerCall<TEvent>(Lazy<ICrmBeforeHandler<TEvent>> handler, int position, string? pluginId) : IBeforeHandlerCall
    where TEvent : CrmEvent
{
    public string? PluginId => pluginId;

    public string Name => handler.IsValueCreated
        ? handler.Value.GetType().FullName ?? handler.Value.GetType().Name
        : $"{nameof(ICrmBeforeHandler<>)}<{typeof(TEvent).Name}> #{position}";

    public Task InvokeAsync(CrmEvent change, CrmChangeContext context, CancellationToken cancellationToken) =>
        handler.Value.BeforeAsync((TEvent)change, context, cancellationToken);
}
