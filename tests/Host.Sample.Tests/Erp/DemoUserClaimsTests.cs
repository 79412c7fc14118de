using System.Security.Claims;
using Crm.Testing.Hosting;
using Host.Sample.Security;
using Microsoft.Extensions.Configuration;

namespace Host.Sample.Tests.Erp;

/// <summary>The demo users of the shipped appsettings.json sign in with their language and time zone.</summary>
[TestClass]
public sealed class DemoUserClaimsTests
{
    private static readonly DemoUserStore Store = new(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryPaths.HostOutput, "appsettings.json"))
        .Build());

    [TestMethod]
    [DataRow("clerk", "en-GB", "Europe/Berlin")]
    [DataRow("rep", "de-DE", "Europe/Berlin")]
    [DataRow("rep2", "ko-KR", "Asia/Seoul")]
    [DataRow("manager", "de-DE", "Europe/Berlin")]
    [DataRow("finance", "en-GB", "Europe/London")]
    [DataRow("admin", "en-GB", "Europe/Berlin")]
    public void A_demo_user_carries_locale_and_zoneinfo(string userName, string locale, string zoneInfo)
    {
        var user = Store.Authenticate(userName, userName, "Test") ?? throw new AssertFailedException($"{userName} did not sign in.");
        Assert.AreEqual(locale, user.FindFirstValue("locale"));
        Assert.AreEqual(zoneInfo, user.FindFirstValue("zoneinfo"));
        Assert.IsNotNull(TimeZoneInfo.FindSystemTimeZoneById(zoneInfo));
    }

    [TestMethod]
    public void A_user_without_language_or_time_zone_gets_neither_claim()
    {
        var store = new DemoUserStore(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HostSample:DemoUsers:0:UserName"] = "plain",
                ["HostSample:DemoUsers:0:Password"] = "plain",
            })
            .Build());
        var user = store.Authenticate("plain", "plain", "Test")!;
        Assert.IsNull(user.FindFirst("locale"));
        Assert.IsNull(user.FindFirst("zoneinfo"));
    }
}
