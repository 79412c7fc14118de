using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// A one-time message across the redirect after a successful action (post, redirect, get): a
/// short-lived cookie that the next page shows and deletes.
/// </summary>
internal static class ShellNotice
{
    public const string CookieName = "crm.shell.notice";

    // The cookie API URL-encodes the value and decodes it on reading.
    public static void Set(HttpContext context, string shellPath, string message) =>
        context.Response.Cookies.Append(CookieName, message, new CookieOptions
        {
            Path = shellPath,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(1),
        });

    /// <summary>The message, if any, removed so that it shows once.</summary>
    public static string? Take(HttpContext context, string shellPath)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = shellPath });
        return value;
    }
}
