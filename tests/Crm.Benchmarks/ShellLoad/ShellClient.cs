using System.Net;
using System.Text.RegularExpressions;

namespace Crm.Benchmarks.ShellLoad;

/// <summary>
/// One browser-like client of the web shell: its own cookie jar and connection, signed in through
/// the host's sign-in form (GET /signin for the antiforgery token, POST the form, keep the cookie).
/// </summary>
internal static partial class ShellClient
{
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string userName, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var form = await client.GetStringAsync(new Uri("/signin", UriKind.Relative)).ConfigureAwait(false);
            var token = TokenField().Match(form);
            if (!token.Success)
            {
                throw new InvalidOperationException("The sign-in page has no antiforgery field.");
            }

            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
                ["userName"] = userName,
                ["password"] = password,
            });
            using var answer = await client.PostAsync(new Uri("/signin", UriKind.Relative), content).ConfigureAwait(false);
            if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString != "/screens")
            {
                throw new InvalidOperationException($"Signing in as {userName} answered {(int)answer.StatusCode} to {answer.Headers.Location}.");
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)">""")]
    private static partial Regex TokenField();
}
