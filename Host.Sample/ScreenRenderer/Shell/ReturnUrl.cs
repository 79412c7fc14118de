namespace Crm.ScreenRenderer.Shell;

/// <summary>Where a form goes back to after it is posted: only a path of this site, never another one (open redirect).</summary>
internal static class ReturnUrl
{
    /// <summary>True for a local path such as <c>/screens/crm.inquiry-queue?page=2</c>; false for <c>//evil</c>, <c>/\evil</c>, <c>https://evil</c>.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary><paramref name="url"/> when it is local, else <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
