using System.Globalization;
using Crm.ScreenRenderer.Rendering;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The few texts the shell itself says (not a screen's labels), from the shell's resources.</summary>
internal static class ShellTexts
{
    public static string Done(CultureInfo culture) => ShellText.Get("ActionDone", culture);

    /// <summary>An action's file input was posted without a file (or an empty one).</summary>
    public static string FileMissing(CultureInfo culture) => ShellText.Get("FileMissing", culture);

    /// <summary>What to say when the API answered <paramref name="statusCode"/> for a screen's definition or data.</summary>
    public static string Problem(CultureInfo culture, int statusCode) => statusCode switch
    {
        404 => ShellText.Get("ScreenNotFound", culture),
        403 => ShellText.Get("ScreenForbidden", culture),
        _ => ShellText.Get("ScreenFailed", culture),
    };
}
