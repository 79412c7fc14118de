using System.Security.Claims;
using Crm.Abstractions.Security;

namespace Host.Sample.Security;

/// <summary>The signed-in user of the current HTTP request, as the add-on sees it.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string UserName => IsAuthenticated ? Principal!.Identity!.Name ?? string.Empty : string.Empty;

    public string DisplayName => Principal?.FindFirstValue(ClaimTypes.GivenName) ?? UserName;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);
}
