using System.Globalization;
using System.Net;
using Host.Sample.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Host.Sample.Web;

/// <summary>
/// Browser sign-in for the demo users: a form (with an antiforgery token) that sets the sign-in
/// cookie, and sign-out. The host owns sign-in; the add-on only sees <c>ICurrentUser</c>.
/// </summary>
internal static class SignInEndpoints
{
    /// <summary>Where the screen shell is mapped (see Program.cs).</summary>
    public const string ScreensPath = "/screens";

    /// <summary>Where the sign-out form posts; the shell shows its button.</summary>
    public const string SignOutPath = "/signout";

    public static void MapSignIn(this WebApplication app)
    {
        // Signed-in users work in the screens; the home page is for everyone else.
        app.MapGet("/", (HttpContext context) => context.User.Identity?.IsAuthenticated == true
            ? Results.Redirect(ScreensPath)
            : Results.Content(HomePage(), "text/html; charset=utf-8"));

        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, DemoUserStore users, string? error) =>
            Results.Content(SignInPage(antiforgery.GetAndStoreTokens(context), error is not null, users.Users.Select(u => u.UserName)), "text/html; charset=utf-8"));

        app.MapPost("/signin", async (HttpContext context, [FromForm] string userName, [FromForm] string password, DemoUserStore users) =>
        {
            var principal = users.Authenticate(userName, password, CookieAuthenticationDefaults.AuthenticationScheme);
            if (principal is null)
            {
                return Results.Redirect("/signin?error=1");
            }

            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.Redirect(ScreensPath);
        });

        app.MapPost(SignOutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
    }

    private static string HomePage() =>
        Page(SignInText.Product, $"""<p><a href="/signin">{Encode(SignInText.SignIn)}</a></p><p>{Encode(SignInText.HomeInvite)}</p>""");

    private static string SignInPage(AntiforgeryTokenSet tokens, bool failed, IEnumerable<string> demoUsers)
    {
        var error = failed ? $"""<p class="alert" role="alert">{Encode(SignInText.WrongCredentials)}</p>""" : string.Empty;
        var users = SignInText.DemoUsers.Replace("{0}", string.Join(", ", demoUsers), StringComparison.Ordinal);
        return Page(SignInText.SignIn, $"""
            {error}
            <form method="post" action="/signin" class="section sign-in">
              <input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">
              <div class="field"><label for="userName">{Encode(SignInText.UserName)}</label><input id="userName" name="userName" autocomplete="username" required autofocus></div>
              <div class="field"><label for="password">{Encode(SignInText.Password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
              <p><button type="submit">{Encode(SignInText.SignIn)}</button></p>
            </form>
            <p>{Encode(users)}</p>
            """);
    }

    // The shell's stylesheet, so that signing in looks like the screens behind it.
    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title><link rel="stylesheet" href="{ScreensPath}/_assets/screens.css"></head>
        <body><main id="main"><h1>{Encode(title)}</h1>
        {body}
        </main></body></html>
        """;

    private static string Encode(string? text) => WebUtility.HtmlEncode(text) ?? string.Empty;
}
