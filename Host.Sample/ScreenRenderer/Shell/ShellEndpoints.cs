using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The shell's pages: every screen by its id, its actions, the language picker and the shell's own assets.</summary>
internal static class ShellEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string shellPath)
    {
        var shell = endpoints.MapGroup(shellPath).RequireAuthorization().AddEndpointFilter(async (invocation, next) =>
        {
            SecurityHeaders.Add(invocation.HttpContext.Response);
            return await next(invocation).ConfigureAwait(false);
        });

        shell.MapGet("/", async (HttpContext context, ShellPages pages, ShellNavigation navigation, LabelCache labels) =>
        {
            var culture = ShellPages.CultureOf(context);
            var items = await navigation.ForAsync(context, culture, await labels.ForAsync(context, culture).ConfigureAwait(false), null).ConfigureAwait(false);
            return items.Count > 0
                ? Results.Redirect($"{shellPath}/{Uri.EscapeDataString(items[0].ScreenId)}")
                : await pages.ProblemAsync(context, shellPath, null, StatusCodes.Status404NotFound, null).ConfigureAwait(false);
        });

        shell.MapGet("/_assets/{name}", (string name, HttpContext context) =>
        {
            if (ScreenAssets.Find(name) is not { } asset)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(asset.Content, asset.ContentType);
        }).AllowAnonymous(); // the stylesheet and script hold nothing private; a host's sign-in page may use them

        shell.MapGet("/{id}", (string id, HttpContext context, ScreenPageLoader loader, ShellPages pages) =>
            ShowAsync(context, shellPath, id, null, loader, pages));

        shell.MapGet("/{id}/{**key}", (string id, string key, HttpContext context, ScreenPageLoader loader, ShellPages pages) =>
            ShowAsync(context, shellPath, id, key, loader, pages));

        shell.MapPost("/{id}/actions/{actionId}", (string id, string actionId, HttpContext context, ShellActions actions) =>
            actions.TakeAsync(context, shellPath, id, actionId));

        shell.MapPost("/_language", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await IsValidPostAsync(context, antiforgery).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            if (ShellCultures.Match(form["culture"]) is { } culture)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }

            return SeeOther(context, ReturnUrl.LocalOr(form["_return"], shellPath));
        });

        return shell;
    }

    /// <summary>True when the form's antiforgery token matches the user's cookie.</summary>
    public static async Task<bool> IsValidPostAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>303: after a POST the browser GETs the next page, so reloading it does not post again.</summary>
    public static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string shellPath, string id, string? key, ScreenPageLoader loader, ShellPages pages)
    {
        var culture = ShellPages.CultureOf(context);
        var (screen, answer) = await loader.DefinitionAsync(context, culture, id).ConfigureAwait(false);
        if (screen is null)
        {
            return await pages.ProblemAsync(context, shellPath, id, answer.StatusCode, ApiProblem.From(answer)).ConfigureAwait(false);
        }

        var (page, failure) = await loader.PageAsync(context, culture, screen, key, null).ConfigureAwait(false);
        return page is null
            ? await pages.ProblemAsync(context, shellPath, id, failure!.StatusCode, ApiProblem.From(failure)).ConfigureAwait(false)
            : await pages.ScreenAsync(context, shellPath, page, StatusCodes.Status200OK).ConfigureAwait(false);
    }
}
