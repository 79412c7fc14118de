using System.Globalization;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>The page around a screen: navigation, the user, the language picker.</summary>
/// <param name="Title">The page title (the screen's title in the user's language).</param>
/// <param name="Navigation">Screens the user may open without a key, in order.</param>
/// <param name="UserName">The signed-in user's display name.</param>
/// <param name="Languages">The languages the user can pick, the current one included.</param>
/// <param name="Content">The screen's HTML.</param>
/// <param name="Notice">A one-line message to announce (e.g. that an action succeeded), already in the user's language.</param>
/// <param name="SignOutPath">Where the sign-out form posts; no sign-out form when null.</param>
/// <param name="CurrentUrl">The page's URL in the shell (path and query), where the language picker returns to; the shell's start when null.</param>
public sealed record LayoutModel(
    string Title,
    IReadOnlyList<NavigationItem> Navigation,
    string UserName,
    IReadOnlyList<CultureInfo> Languages,
    string Content,
    string? Notice,
    string? SignOutPath = null,
    string? CurrentUrl = null);

/// <summary>One entry of the navigation.</summary>
/// <param name="ScreenId">The screen's id (its URL is the shell path plus the id).</param>
/// <param name="Title">The screen's title in the user's language.</param>
/// <param name="Group"><c>erp</c> for the host's own screens, <c>crm</c> for the add-on's, else the plugin's source name.</param>
/// <param name="Current">True for the screen on show.</param>
public sealed record NavigationItem(string ScreenId, string Title, string Group, bool Current);
