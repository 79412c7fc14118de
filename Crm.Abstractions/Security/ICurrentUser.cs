namespace Crm.Abstractions.Security;

/// <summary>
/// The user on whose behalf the add-on is working, supplied by the host (which owns sign-in).
/// The add-on's services check permissions against it; screens and endpoints never are the guard.
/// </summary>
public interface ICurrentUser
{
    /// <summary>True when someone signed in; false for anonymous calls.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The stable user name recorded in audit trails and ownership, or empty when anonymous.</summary>
    string UserName { get; }

    /// <summary>The user's name for display.</summary>
    string DisplayName { get; }

    /// <summary>True when the user holds <paramref name="role"/> (one of <see cref="CrmRoles"/>).</summary>
    bool IsInRole(string role);
}
