using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// Wraps a culture provider so that any culture of an offered language is accepted: a browser asking
/// for <c>de</c> or <c>de-CH</c> gets de-DE instead of the default (the built-in matching only falls
/// back from a specific culture to its parent, never from <c>de</c> to <c>de-DE</c>).
/// </summary>
internal sealed class LanguageMatchingCultureProvider(IRequestCultureProvider inner) : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var result = await inner.DetermineProviderCultureResult(httpContext).ConfigureAwait(false);
        var match = result?.UICultures.Select(c => ShellCultures.Match(c.Value)).FirstOrDefault(c => c is not null);
        return match is null ? null : new ProviderCultureResult(new StringSegment(match.Name));
    }
}
