namespace Host.Sample.Security;

/// <summary>A demo sign-in of the sample ERP, from <c>HostSample:DemoUsers</c>. Not for production.</summary>
public sealed class DemoUser
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>The user's language as a culture name, e.g. <c>de-DE</c>; screens speak it.</summary>
    public string? Language { get; set; }

    /// <summary>The user's IANA time zone, e.g. <c>Europe/Berlin</c>; screens show instants in it.</summary>
    public string? TimeZone { get; set; }
}
