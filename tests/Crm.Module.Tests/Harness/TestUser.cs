using Crm.Abstractions.Security;

namespace Crm.Module.Tests.Harness;

/// <summary>The signed-in user for tests; roles can change between calls.</summary>
internal sealed class TestUser : ICurrentUser
{
    private HashSet<string> _roles = [CrmRoles.Admin];

    public bool IsAuthenticated { get; set; } = true;

    public string UserName { get; set; } = "tester";

    public string DisplayName => UserName;

    public bool IsInRole(string role) => IsAuthenticated && _roles.Contains(role);

    public void SetRoles(params string[] roles) => _roles = [.. roles];
}
