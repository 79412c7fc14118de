namespace Host.Sample.Security;

/// <summary>A demo sign-in of the sample ERP, from <c>HostSample:DemoUsers</c>. Not for production.</summary>
public sealed class DemoUser
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public IReadOnlyList<string> Roles { get; set; } = [];
}
