using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>Who the page is for: their language and time zone, the labels in that language, the form token.</summary>
/// <param name="Culture">Formats dates, numbers and money, and picks the labels' language.</param>
/// <param name="TimeZone">Instants are shown in this zone.</param>
/// <param name="Labels">Resource key → text in <paramref name="Culture"/> (all sources', from the API).</param>
/// <param name="Antiforgery">The token every form posts back.</param>
/// <param name="ShellPath">Where the shell is mounted, e.g. <c>/screens</c>.</param>
public sealed record RenderContext(
    CultureInfo Culture,
    TimeZoneInfo TimeZone,
    IReadOnlyDictionary<string, string> Labels,
    AntiforgeryTokenSet Antiforgery,
    string ShellPath);
