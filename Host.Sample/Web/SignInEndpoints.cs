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

        app.MapGet("/signin", (HttpContext context, IAntiforgery antiforgery, string? error) =>
            Results.Content(SignInPage(antiforgery.GetAndStoreTokens(context), error is not null), "text/html; charset=utf-8"));

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
        Page("ErpCrmModule sample ERP", """<p><a href="/signin">Sign in</a> as one of the demo users.</p>""");

    private static string SignInPage(AntiforgeryTokenSet tokens, bool failed)
    {
        var error = failed ? """<p role="alert">Unknown user name or wrong password.</p>""" : string.Empty;
        return Page("Sign in", $"""
            {error}
            <form method="post" action="/signin">
              <input type="hidden" name="{WebUtility.HtmlEncode(tokens.FormFieldName)}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
              <p><label for="userName">User name</label><br><input id="userName" name="userName" autocomplete="username" required autofocus></p>
              <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
              <p><button type="submit">Sign in</button></p>
            </form>
            <p>Demo users: clerk, rep, manager, finance, admin (the password is the user name).</p>
            """);
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><main><h1>{WebUtility.HtmlEncode(title)}</h1>
        {body}
        </main></body></html>
        """;
}
