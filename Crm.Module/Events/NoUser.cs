using Crm.Abstractions.Security;

namespace Crm.Module.Events;

/// <summary>
/// The user inside event handlers: nobody. Handlers run in the background, so whatever user the
/// host would supply there (an HTTP context that is not there, or a stale one) must not leak in.
/// </summary>
internal sealed class NoUser : ICurrentUser
{
    public static NoUser Instance { get; } = new();

    public bool IsAuthenticated => false;

    public string UserName => string.Empty;

    public string DisplayName => string.Empty;

    public bool IsInRole(string role) => false;
}
