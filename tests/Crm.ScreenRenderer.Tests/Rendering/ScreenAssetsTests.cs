using System.Text;
using Crm.ScreenRenderer.Rendering;

namespace Crm.ScreenRenderer.Tests.Rendering;

[TestClass]
public sealed class ScreenAssetsTests
{
    [TestMethod]
    public void The_stylesheet_and_script_are_embedded_with_their_content_types()
    {
        var css = ScreenAssets.Find("screens.css");
        var js = ScreenAssets.Find("screens.js");

        Assert.IsNotNull(css);
        Assert.IsNotNull(js);
        Assert.AreEqual("text/css; charset=utf-8", css.Value.ContentType);
        Assert.AreEqual("text/javascript; charset=utf-8", js.Value.ContentType);
        Assert.Contains(":focus-visible", Encoding.UTF8.GetString(css.Value.Content), StringComparison.Ordinal);
        Assert.Contains("aria-activedescendant", Encoding.UTF8.GetString(js.Value.Content), StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow("other.js")]
    [DataRow("../appsettings.json")]
    public void Anything_else_is_not_an_asset(string name) => Assert.IsNull(ScreenAssets.Find(name));
}
