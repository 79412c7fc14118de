using Microsoft.AspNetCore.Http;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// Headers on every shell page: only the shell's own styles and scripts run (no inline script, so an
/// injected value cannot execute), forms post only here, no framing, no sniffing, no referrer abroad.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Add(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
    }
}
