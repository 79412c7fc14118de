namespace Crm.ScreenRenderer.Shell;

/// <summary>What the shell needs to know about its host.</summary>
public sealed class ScreenShellOptions
{
    /// <summary>Where the host signs users out (a POST with an antiforgery token); no sign-out button when null.</summary>
    public string? SignOutPath { get; set; }
}
