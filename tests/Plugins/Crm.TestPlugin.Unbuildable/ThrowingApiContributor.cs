using Crm.Abstractions.Api;
using Microsoft.AspNetCore.Routing;

namespace Crm.TestPlugin.Unbuildable;

/// <summary>An API contributor whose constructor throws; the host resolves it with the add-on's own.</summary>
public sealed class ThrowingApiContributor : ICrmApiContributor
{
    public ThrowingApiContributor() => throw new InvalidOperationException("The test plugin's API contributor cannot be created.");

    public void MapEndpoints(IEndpointRouteBuilder api) => throw new InvalidOperationException("Never created, never called.");
}
