using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Crm.Abstractions.Screens;
using Crm.ScreenRenderer.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace Crm.ScreenRenderer.Tests.Rendering;

/// <summary>Builds pages and contexts for the renderer and reads its output back as XML (the renderer writes well-formed markup).</summary>
internal static class RenderKit
{
    public const string Shell = "/screens";
    public const string TokenField = "__RequestVerificationToken";
    public const string Token = "token-123";

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static RenderContext Context(
        string culture = "en-US",
        IReadOnlyDictionary<string, string>? labels = null,
        TimeZoneInfo? zone = null) =>
        new(
            CultureInfo.GetCultureInfo(culture),
            zone ?? TimeZoneInfo.Utc,
            labels ?? new Dictionary<string, string>(),
            new AntiforgeryTokenSet(Token, "cookie", TokenField, "X-CSRF"),
            Shell);

    public static ScreenPage Page(
        ScreenDefinition screen,
        string? json = null,
        string? key = null,
        IReadOnlyDictionary<string, string>? filters = null,
        ActionOutcome? outcome = null,
        IReadOnlyDictionary<string, JsonElement>? sectionData = null) =>
        new(screen, key, json is null ? null : Json(json), sectionData ?? new Dictionary<string, JsonElement>(), filters ?? new Dictionary<string, string>(), outcome);

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The screen's HTML parsed as XML; fails the test when it is not well-formed.</summary>
    public static XElement Render(ScreenPage page, RenderContext? context = null) =>
        XElement.Parse("<root>" + ScreenHtml.Render(page, context ?? Context()) + "</root>");

    public static IEnumerable<XElement> All(this XElement root, string name) =>
        root.Descendants().Where(element => element.Name.LocalName == name);

    public static XElement ById(this XElement root, string id) =>
        root.Descendants().Single(element => (string?)element.Attribute("id") == id);

    public static string? Attr(this XElement element, string name) => (string?)element.Attribute(name);

    /// <summary>The input, select or button named <paramref name="name"/> within <paramref name="form"/>.</summary>
    public static XElement Named(this XElement form, string name) =>
        form.Descendants().Single(element => element.Attr("name") == name);

    public static IEnumerable<XElement> Forms(this XElement root, string actionId) =>
        root.All("form").Where(form => form.Attr("action") == $"{Shell}/{ScreenIdOf(root)}/actions/{actionId}");

    private static string ScreenIdOf(XElement root) => root.Elements().First().Attr("data-screen")!;
}
