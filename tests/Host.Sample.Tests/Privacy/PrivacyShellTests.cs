using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Sample.Tests.EndToEnd;

namespace Host.Sample.Tests.Privacy;

/// <summary>
/// The lead card's privacy actions on a running Host.Sample's screens, posted as a browser posts
/// them: the Admin sees the lead's personal data and erases it after ticking the box; a rep sees
/// neither action.
/// </summary>
[TestClass]
public sealed partial class PrivacyShellTests : HostSampleTest
{
    private const string ExportAction = "/screens/crm.lead-card/actions/crm.exportPersonalData";
    private const string EraseAction = "/screens/crm.lead-card/actions/crm.erasePersonalData";

    [TestMethod]
    public async Task The_admin_shows_and_erases_a_leads_personal_data_from_the_lead_card()
    {
        using var api = Host.ClientFor("admin");
        using var created = await api.PostAsJsonAsync("/api/crm/leads", new { company = "Shell Privacy Ltd", contactName = "Sina Shell", email = "sina.shell@example.com", country = "DE", owner = "rep" });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead").GetProperty("id").GetInt64();
        using var admin = await ShellBrowser.SignedInAsync(Host, "admin");
        var card = await admin.Client.GetStringAsync(new Uri($"/screens/crm.lead-card/{id}", UriKind.Relative));

        using var shown = await admin.PostFormAsync(ExportAction, Form(card, ExportAction));
        var page = await shown.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, shown.StatusCode, page);
        StringAssert.Contains(page, "sina.shell@example.com", "the result section lists the lead's personal data");

        var unticked = Form(card, EraseAction);
        unticked.Remove("crm.eraseConfirmed");
        using var refused = await admin.PostFormAsync(EraseAction, unticked);
        Assert.AreNotEqual(HttpStatusCode.SeeOther, refused.StatusCode, "without the tick nothing is erased");
        Assert.AreEqual("Sina Shell", (await api.GetFromJsonAsync<JsonElement>($"/api/crm/leads/{id}")).GetProperty("contactName").GetString());

        var ticked = Form(card, EraseAction);
        ticked["crm.eraseConfirmed"] = "on";
        using var erased = await admin.PostFormAsync(EraseAction, ticked);
        Assert.AreEqual(HttpStatusCode.SeeOther, erased.StatusCode, await erased.Content.ReadAsStringAsync());
        Assert.AreEqual($"Erased lead {id}", (await api.GetFromJsonAsync<JsonElement>($"/api/crm/leads/{id}")).GetProperty("contactName").GetString());

        using var rep = await ShellBrowser.SignedInAsync(Host, "rep");
        var repCard = await rep.Client.GetStringAsync(new Uri($"/screens/crm.lead-card/{id}", UriKind.Relative));
        Assert.DoesNotContain(ExportAction, repCard);
        Assert.DoesNotContain(EraseAction, repCard);
    }

    /// <summary>The hidden and named inputs of the action's form on the card, as a browser would post them (unticked boxes left out).</summary>
    private static Dictionary<string, string> Form(string page, string action)
    {
        var form = Regex.Match(page, "<form[^>]*action=\"" + Regex.Escape(action) + "\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.IsTrue(form.Success, "the card has the form of " + action);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(form.Groups[1].Value))
        {
            if (!input.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal))
            {
                fields[WebUtility.HtmlDecode(input.Groups[1].Value)] = WebUtility.HtmlDecode(input.Groups[2].Value);
            }
        }

        return fields;
    }

    [GeneratedRegex("<input[^>]*\\sname=\"([^\"]+)\"[^>]*\\svalue=\"([^\"]*)\"")]
    private static partial Regex InputPattern();
}
