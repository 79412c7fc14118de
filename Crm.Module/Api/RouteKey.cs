namespace Crm.Module.Api;

/// <summary>
/// ASP.NET Core decodes every escape in a path except <c>%2F</c> (so that an encoded slash cannot
/// change the route). ERP keys may contain slashes; this finishes the decoding for a key segment.
/// </summary>
internal static class RouteKey
{
    public static string Decode(string segment) =>
        segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
