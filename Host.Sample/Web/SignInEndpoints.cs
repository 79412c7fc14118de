using System.Net;
using System.Security.Claims;
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
    public static void MapSignIn(this WebApplication app)
    {
        app.MapGet("/", (HttpContext context) => Results.Content(HomePage(context.User), "text/html; charset=utf-8"));

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
            return Results.Redirect("/");
        });

        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
    }

    private static string HomePage(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Page("ErpCrmModule sample ERP", """<p><a href="/signin">Sign in</a> as one of the demo users.</p>""");
        }

        var name = WebUtility.HtmlEncode(user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity.Name);
        var roles = WebUtility.HtmlEncode(string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => c.Value)));
        return Page("ErpCrmModule sample ERP", $"""
            <p>Signed in as <strong>{name}</strong> ({roles}).</p>
            <ul>
              <li><a href="/api/crm/accounts">Accounts (JSON)</a></li>
            </ul>
            <form method="post" action="/signout"><button type="submit">Sign out</button></form>
            """);
    }

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
