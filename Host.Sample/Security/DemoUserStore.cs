using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Host.Sample.Security;

/// <summary>Checks demo credentials and turns a demo user into the claims every scheme signs in with.</summary>
public sealed class DemoUserStore(IConfiguration configuration)
{
    /// <summary>The claim with the user's language (OpenID Connect <c>locale</c>).</summary>
    public const string LocaleClaim = "locale";

    /// <summary>The claim with the user's IANA time zone (OpenID Connect <c>zoneinfo</c>).</summary>
    public const string ZoneInfoClaim = "zoneinfo";

    private readonly IReadOnlyList<DemoUser> _users = configuration.GetSection("HostSample:DemoUsers").Get<List<DemoUser>>() ?? [];

    public IReadOnlyList<DemoUser> Users => _users;

    public ClaimsPrincipal? Authenticate(string userName, string password, string scheme)
    {
        var user = _users.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));

        // Compare in constant time so response times do not reveal how much of a password matched.
        var expected = Encoding.UTF8.GetBytes(user?.Password ?? string.Empty);
        var given = Encoding.UTF8.GetBytes(password);
        if (user is null || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));

        // The OpenID Connect names, so that a host with a real identity provider passes the same claims on.
        if (!string.IsNullOrWhiteSpace(user.Language))
        {
            claims.Add(new Claim(LocaleClaim, user.Language));
        }

        if (!string.IsNullOrWhiteSpace(user.TimeZone))
        {
            claims.Add(new Claim(ZoneInfoClaim, user.TimeZone));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
