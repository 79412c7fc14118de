using Crm.Abstractions.Common;

namespace Crm.Abstractions.Security;

/// <summary>Permission checks shared by the add-on and plugins.</summary>
public static class CurrentUserExtensions
{
    /// <summary>True when the user holds at least one of <paramref name="roles"/>.</summary>
    public static bool IsInAnyRole(this ICurrentUser user, params ReadOnlySpan<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Throws <see cref="CrmPermissionException"/> naming <paramref name="action"/> unless the user is
    /// signed in and holds at least one of <paramref name="roles"/>. The message is in the current UI
    /// culture, so pass <paramref name="action"/> in it too (a resource string).
    /// </summary>
    public static void Demand(this ICurrentUser user, string action, params ReadOnlySpan<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated || !user.IsInAnyRole(roles))
        {
            throw new CrmPermissionException(string.Format(
                System.Globalization.CultureInfo.CurrentCulture, ContractMessages.NeedsRoles, action, string.Join(", ", roles.ToArray())));
        }
    }
}
