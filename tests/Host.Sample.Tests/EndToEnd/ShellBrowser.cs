using System.Net;
using System.Text.RegularExpressions;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// A browser as the shell's tests need it: cookies kept, redirects not followed (the tests check
/// them), signed in through the sign-in form with its antiforgery token.
/// </summary>
internal sealed partial class ShellBrowser : IDisposable
{
    private ShellBrowser(HostProcess host)
    {
        Cookies = new CookieContainer();
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public static ShellBrowser Anonymous(HostProcess host) => new(host);

    /// <summary>A browser signed in as <paramref name="userName"/> (the demo password is the user name).</summary>
    public static async Task<ShellBrowser> SignedInAsync(HostProcess host, string userName)
    {
        var browser = new ShellBrowser(host);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await browser.FormTokenAsync(),
            ["userName"] = userName,
            ["password"] = userName,
        });
        using var signedIn = await browser.Client.PostAsync(new Uri("/signin", UriKind.Relative), form);
        Assert.AreEqual(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.AreEqual("/screens", signedIn.Headers.Location?.OriginalString);
        return browser;
    }

    /// <summary>
    /// A form token for the browser's current user. Antiforgery tokens are bound to the user, so it
    /// is read after sign-in, from the sign-in page, which does not depend on the screens' rendering.
    /// </summary>
    public async Task<string> FormTokenAsync()
    {
        var page = await Client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        return TokenField().Match(page).Groups[1].Value;
    }

    /// <summary>Posts <paramref name="fields"/> with the browser's form token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, bool withToken = true)
    {
        var all = new Dictionary<string, string>(fields);
        if (withToken)
        {
            all["__RequestVerificationToken"] = await FormTokenAsync();
        }

        using var form = new FormUrlEncodedContent(all);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>
    /// Posts <paramref name="fields"/> and, when given, <paramref name="file"/> as <c>multipart/form-data</c>
    /// with the browser's form token, as a form with a file input sends them.
    /// </summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string path, IDictionary<string, string> fields, (string Field, string FileName, string MediaType, byte[] Content)? file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await FormTokenAsync()), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } upload)
        {
            var content = new ByteArrayContent(upload.Content);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(upload.MediaType);
            form.Add(content, upload.Field, upload.FileName);
        }

        return await Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>The cookie <paramref name="name"/> the browser holds for <paramref name="path"/>, if any.</summary>
    public string? Cookie(string path, string name) =>
        Cookies.GetCookies(new Uri(Client.BaseAddress!, path)).FirstOrDefault(c => c.Name == name)?.Value;

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
