using System.Net;
using System.Text.RegularExpressions;
using Crm.Testing.Hosting;

namespace ErpCrm.Automotive.Tests.EndToEnd;

/// <summary>A browser's session with the screen shell: signed in through the sign-in form, cookies kept.</summary>
internal sealed partial class ShellSession : IDisposable
{
    private ShellSession(HostProcess host)
    {
        Client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public HttpClient Client { get; }

    /// <summary>Signs in as a demo user (the password is the user name).</summary>
    public static async Task<ShellSession> SignInAsync(HostProcess host, string userName)
    {
        var session = new ShellSession(host);
        var page = await session.Client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenField().Match(page).Groups[1].Value,
            ["userName"] = userName,
            ["password"] = userName,
        });
        using var signedIn = await session.Client.PostAsync(new Uri("/signin", UriKind.Relative), form);
        Assert.AreEqual(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    /// <summary>The HTML of a shell page.</summary>
    public Task<string> PageAsync(string path) => Client.GetStringAsync(new Uri(path, UriKind.Relative));

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
