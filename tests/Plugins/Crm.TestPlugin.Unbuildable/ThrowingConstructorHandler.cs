using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.Unbuildable;

/// <summary>An event handler whose constructor throws.</summary>
public sealed class ThrowingConstructorHandler : ICrmEventHandler<CrmEvent>
{
    public ThrowingConstructorHandler() => throw new InvalidOperationException("The test plugin's handler cannot be created.");

    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
