using System.Security.Claims;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The user's time zone from their <c>zoneinfo</c> claim (an IANA id such as <c>Europe/Berlin</c>); the server's when absent or unknown.</summary>
internal static class UserTimeZone
{
    public const string ClaimType = "zoneinfo";

    public static TimeZoneInfo For(ClaimsPrincipal user)
    {
        var id = user.FindFirst(ClaimType)?.Value;
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Local;
        }
    }
}
