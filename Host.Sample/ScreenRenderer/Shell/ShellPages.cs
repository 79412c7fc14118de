using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Crm.ScreenRenderer.Shell;

/// <summary>Puts a screen (or a problem reading it) into the page around it and answers with HTML.</summary>
public sealed class ShellPages(LabelCache labels, ShellNavigation navigation, IAntiforgery antiforgery, IOptions<ScreenShellOptions> options)
{
    // Encodes what HTML needs encoded and leaves German and Korean text readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The request's language as request localization decided it.</summary>
    public static CultureInfo CultureOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? ShellCultures.Default;
    }

    /// <summary>The screen in its page.</summary>
    internal Task<IResult> ScreenAsync(HttpContext context, string shellPath, ScreenPage page, int statusCode)
    {
        var culture = CultureOf(context);
        return PageAsync(context, shellPath, page.Screen.Id, statusCode, render => (
            ShellNavigation.Title(render.Labels, culture, page.Screen.TitleKey, page.Screen.TitleArgument),
            ScreenHtml.Render(page, render)));
    }

    /// <summary>A page saying why a screen cannot be shown, with what the API said about it when it said anything.</summary>
    internal Task<IResult> ProblemAsync(HttpContext context, string shellPath, string? currentId, int statusCode, ApiProblem? problem)
    {
        var title = ShellTexts.Problem(CultureOf(context), statusCode);
        var content = new StringBuilder($"""<section class="shell-problem" role="alert"><h1>{Encoder.Encode(title)}</h1>""");
        if ((problem?.Detail ?? problem?.Title) is { } said)
        {
            content.Append(CultureInfo.InvariantCulture, $"<p>{Encoder.Encode(said)}</p>");
        }

        if (problem?.Errors.Count > 0)
        {
            content.Append("<ul>");
            foreach (var (field, messages) in problem.Errors)
            {
                content.Append(CultureInfo.InvariantCulture, $"<li>{Encoder.Encode(field)}: {Encoder.Encode(string.Join(" ", messages))}</li>");
            }

            content.Append("</ul>");
        }

        content.Append("</section>");
        return PageAsync(context, shellPath, currentId, statusCode, _ => (title, content.ToString()));
    }

    private async Task<IResult> PageAsync(HttpContext context, string shellPath, string? currentId, int statusCode, Func<RenderContext, (string Title, string Content)> content)
    {
        var culture = CultureOf(context);
        var texts = await labels.ForAsync(context, culture).ConfigureAwait(false);
        var render = new RenderContext(culture, UserTimeZone.For(context.User), texts, antiforgery.GetAndStoreTokens(context), shellPath);
        var items = await navigation.ForAsync(context, culture, texts, currentId).ConfigureAwait(false);
        var (title, html) = content(render);
        var user = context.User.FindFirstValue(ClaimTypes.GivenName) ?? context.User.Identity?.Name ?? string.Empty;
        var layout = new LayoutModel(
            title,
            items,
            user,
            ShellCultures.All,
            html,
            ShellNotice.Take(context, shellPath),
            options.Value.SignOutPath,
            CurrentUrl(context, shellPath, currentId));
        return Results.Content(LayoutHtml.Render(layout, render), "text/html; charset=utf-8", statusCode: statusCode);
    }

    // After a posted action the request's own URL is the action's, which a GET cannot open: the
    // page the form came from (its validated return address) is where the language picker returns.
    private static string CurrentUrl(HttpContext context, string shellPath, string? currentId)
    {
        var screen = currentId is null ? shellPath : $"{shellPath}/{currentId}";
        return HttpMethods.IsGet(context.Request.Method)
            ? context.Request.Path + context.Request.QueryString
            : ReturnUrl.LocalOr(context.Request.HasFormContentType ? context.Request.Form["_return"].ToString() : null, screen);
    }
}
