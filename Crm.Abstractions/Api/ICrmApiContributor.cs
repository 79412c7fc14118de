using Microsoft.AspNetCore.Routing;

namespace Crm.Abstractions.Api;

/// <summary>
/// Contributes HTTP endpoints to the CRM API. The host finds every registered contributor and
/// calls <see cref="MapEndpoints"/> once at start with a route group for <c>/api/crm</c> that
/// already requires a signed-in user; the host owns sign-in, the contributor owns its routes.
/// </summary>
public interface ICrmApiContributor
{
    /// <summary>Maps this contributor's endpoints onto <paramref name="api"/> (the <c>/api/crm</c> group).</summary>
    void MapEndpoints(IEndpointRouteBuilder api);
}
