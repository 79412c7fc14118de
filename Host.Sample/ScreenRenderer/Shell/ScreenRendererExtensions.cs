using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.ScreenRenderer.Shell;

/// <summary>Adds the screen shell to an ASP.NET Core host: services, the in-process API and the pages.</summary>
public static class ScreenRendererExtensions
{
    /// <summary>
    /// Registers the shell and request localization for its languages. The user's language comes, in
    /// order, from <c>?culture=</c>, the language cookie, the signed-in user's <c>locale</c> claim
    /// and the browser's Accept-Language. Call <c>app.UseRequestLocalization()</c> after
    /// <c>UseAuthentication()</c> so that the claim is there to read.
    /// </summary>
    public static IServiceCollection AddScreenRenderer(this IServiceCollection services, Action<ScreenShellOptions>? configure = null)
    {
        services.Configure(configure ?? (_ => { }));
        services.AddHttpContextAccessor();
        services.AddAntiforgery();
        services.AddSingleton<InProcessApi>();
        services.AddSingleton<LabelCache>();
        services.AddSingleton<ShellNavigation>();
        services.AddSingleton<ScreenPageLoader>();
        services.AddScoped<ShellPages>();
        services.AddScoped<ShellActions>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(ShellCultures.Default);
            options.SupportedCultures = [.. ShellCultures.All];
            options.SupportedUICultures = [.. ShellCultures.All];
            options.RequestCultureProviders =
            [
                new LanguageMatchingCultureProvider(new QueryStringRequestCultureProvider()),
                new LanguageMatchingCultureProvider(new CookieRequestCultureProvider()),
                new LanguageMatchingCultureProvider(new LocaleClaimCultureProvider()),
                new LanguageMatchingCultureProvider(new AcceptLanguageHeaderRequestCultureProvider()),
            ];
        });
        return services;
    }

    /// <summary>
    /// Captures the rest of the pipeline so the shell can call the API in-process. Call it first;
    /// then call <c>app.UseRouting()</c> explicitly, so that the captured part includes routing.
    /// </summary>
    public static IApplicationBuilder UseScreenRenderer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.ApplicationServices.GetRequiredService<InProcessApi>();
        return app.Use(next =>
        {
            api.Capture(next);
            return next;
        });
    }

    /// <summary>Maps the shell's pages under <paramref name="shellPath"/> (e.g. <c>/screens</c>), for signed-in users only.</summary>
    public static RouteGroupBuilder MapScreenShell(this IEndpointRouteBuilder endpoints, string shellPath)
    {
        ArgumentNullException.ThrowIfNull(shellPath);
        return ShellEndpoints.Map(endpoints, shellPath.TrimEnd('/'));
    }
}
