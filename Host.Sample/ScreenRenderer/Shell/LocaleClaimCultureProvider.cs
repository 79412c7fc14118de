using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The signed-in user's language from their <c>locale</c> claim (OpenID Connect). Needs authentication to have run first.</summary>
internal sealed class LocaleClaimCultureProvider : RequestCultureProvider
{
    public const string ClaimType = "locale";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var locale = httpContext.User.FindFirst(ClaimType)?.Value;
        return Task.FromResult(string.IsNullOrWhiteSpace(locale) ? null : new ProviderCultureResult(new StringSegment(locale)));
    }
}
