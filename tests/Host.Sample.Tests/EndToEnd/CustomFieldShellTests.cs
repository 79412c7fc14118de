using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// A plugin's custom fields on a running Host.Sample's screens: the lead card shows them in the
/// user's language and its edit form, posted as a browser posts it, writes them through the API.
/// The lead fields come from Crm.TestPlugin.Fields, one of the test plugins.
/// </summary>
[TestClass]
[WithTestPlugins]
public sealed partial class CustomFieldShellTests : HostSampleTest
{
    private const string EditAction = "/screens/crm.lead-card/actions/crm.editCustomFields";

    [TestMethod]
    public async Task The_lead_cards_edit_form_writes_the_fields_and_an_emptied_field_is_cleared()
    {
        using var api = Host.ClientFor("rep");
        var id = await NewLeadAsync(api);
        using var browser = await ShellBrowser.SignedInAsync(Host, "rep");

        var card = await browser.Client.GetStringAsync(new Uri($"/screens/crm.lead-card/{id}", UriKind.Relative));
        StringAssert.Contains(card, "Zusatzfelder", "the section's title in the rep's German");
        StringAssert.Contains(card, ">VIN<", "the field's name from its definition, which no label source translates");
        var form = EditForm(card);
        Assert.AreEqual("0", form["_record.version"], "nothing stored yet");
        form["customFields.fields.vin"] = "WVWZZZ1JZXW000001";
        form["customFields.fields.mileage"] = "12500";
        form["customFields.fields.first-registration"] = "2021-05-31";
        form["customFields.fields.fuel"] = "diesel";

        using var saved = await browser.PostFormAsync(EditAction, form);

        Assert.AreEqual(HttpStatusCode.SeeOther, saved.StatusCode, await saved.Content.ReadAsStringAsync());
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/leads/{id}");
        Assert.AreEqual(1, stored.GetProperty("version").GetInt32());
        var values = stored.GetProperty("values");
        Assert.AreEqual("WVWZZZ1JZXW000001", values.GetProperty("fields.vin").GetString());
        Assert.AreEqual(12500m, values.GetProperty("fields.mileage").GetDecimal());
        Assert.AreEqual("2021-05-31", values.GetProperty("fields.first-registration").GetString());
        Assert.AreEqual("diesel", values.GetProperty("fields.fuel").GetString());

        var again = EditForm(await browser.Client.GetStringAsync(new Uri($"/screens/crm.lead-card/{id}", UriKind.Relative)));
        Assert.AreEqual("1", again["_record.version"]);
        Assert.AreEqual("WVWZZZ1JZXW000001", again["customFields.fields.vin"], "the form starts with the stored value");
        again["customFields.fields.vin"] = string.Empty;
        again["customFields.fields.fuel"] = "petrol";
        using var cleared = await browser.PostFormAsync(EditAction, again);

        Assert.AreEqual(HttpStatusCode.SeeOther, cleared.StatusCode, await cleared.Content.ReadAsStringAsync());
        var after = (await api.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/leads/{id}")).GetProperty("values");
        Assert.IsFalse(after.TryGetProperty("fields.vin", out _), after.GetRawText());
        Assert.AreEqual("petrol", after.GetProperty("fields.fuel").GetString());
        Assert.AreEqual(12500m, after.GetProperty("fields.mileage").GetDecimal());
    }

    [TestMethod]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        using var api = Host.ClientFor("rep");
        var id = await NewLeadAsync(api);
        using var browser = await ShellBrowser.SignedInAsync(Host, "rep");
        var form = EditForm(await browser.Client.GetStringAsync(new Uri($"/screens/crm.lead-card/{id}", UriKind.Relative)));
        using var first = await api.PutAsJsonAsync($"/api/crm/custom-fields/leads/{id}", new { values = new Dictionary<string, object> { ["fields.fuel"] = "petrol" }, version = 0 });
        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode, await first.Content.ReadAsStringAsync());
        form["customFields.fields.fuel"] = "diesel";

        using var stale = await browser.PostFormAsync(EditAction, form);

        Assert.AreNotEqual(HttpStatusCode.SeeOther, stale.StatusCode);
        var values = (await api.GetFromJsonAsync<JsonElement>($"/api/crm/custom-fields/leads/{id}")).GetProperty("values");
        Assert.AreEqual("petrol", values.GetProperty("fields.fuel").GetString());
    }

    [TestMethod]
    public async Task The_lead_lists_filter_form_finds_leads_by_a_custom_field()
    {
        using var api = Host.ClientFor("rep");
        var marked = await NewLeadAsync(api);
        var other = await NewLeadAsync(api);
        var vin = "WVW" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();
        using var put = await api.PutAsJsonAsync($"/api/crm/custom-fields/leads/{marked}", new { values = new Dictionary<string, object> { ["fields.vin"] = vin }, version = 0 });
        Assert.AreEqual(HttpStatusCode.OK, put.StatusCode, await put.Content.ReadAsStringAsync());
        using var browser = await ShellBrowser.SignedInAsync(Host, "rep");

        var all = await browser.Client.GetStringAsync(new Uri("/screens/crm.lead-list", UriKind.Relative));
        var filtered = await browser.Client.GetStringAsync(new Uri("/screens/crm.lead-list?cf.fields.vin=" + vin, UriKind.Relative));

        StringAssert.Contains(all, "name=\"cf.fields.vin\"", "the filter form has the field");
        StringAssert.Contains(filtered, $"/screens/crm.lead-card/{marked}\"");
        Assert.DoesNotContain($"/screens/crm.lead-card/{other}\"", filtered);
    }

    private static async Task<long> NewLeadAsync(HttpClient api)
    {
        using var created = await api.PostAsJsonAsync("/api/crm/leads", new { company = "Autohaus " + Guid.NewGuid().ToString("N")[..8], contactName = "Jana Vogel", email = "jana.vogel@autohaus.example", country = "DE" });
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lead").GetProperty("id").GetInt64();
    }

    /// <summary>The named inputs of the card's edit form with their values, as a browser would post them (a select's selected option).</summary>
    private static Dictionary<string, string> EditForm(string page)
    {
        var form = EditFormPattern().Match(page);
        Assert.IsTrue(form.Success, "the card has the edit form");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(form.Groups[1].Value))
        {
            fields[WebUtility.HtmlDecode(input.Groups[1].Value)] = WebUtility.HtmlDecode(input.Groups[2].Value);
        }

        foreach (Match select in SelectPattern().Matches(form.Groups[1].Value))
        {
            var chosen = SelectedPattern().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : string.Empty;
        }

        return fields;
    }

    [GeneratedRegex("<form[^>]*action=\"/screens/crm\\.lead-card/actions/crm\\.editCustomFields\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex EditFormPattern();

    [GeneratedRegex("<input[^>]*\\sname=\"([^\"]+)\"[^>]*\\svalue=\"([^\"]*)\"")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedPattern();
}
