using Crm.ScreenRenderer.Shell;

namespace Crm.ScreenRenderer.Tests.Shell;

/// <summary>After a form, the shell only goes back to a page of this site (no open redirect).</summary>
[TestClass]
public sealed class ReturnUrlTests
{
    [TestMethod]
    [DataRow("/screens/crm.inquiry-queue?page=2")]
    [DataRow("/")]
    public void A_local_path_is_accepted(string url) => Assert.IsTrue(ReturnUrl.IsLocal(url));

    [TestMethod]
    [DataRow("//evil.example/x")]
    [DataRow("https://evil.example/")]
    [DataRow("/\\evil.example")]
    [DataRow("screens")]
    [DataRow("/screens\r\nSet-Cookie: x=1")]
    [DataRow("")]
    [DataRow(null)]
    public void Anything_else_is_refused(string? url)
    {
        Assert.IsFalse(ReturnUrl.IsLocal(url));
        Assert.AreEqual("/screens", ReturnUrl.LocalOr(url, "/screens"));
    }
}
