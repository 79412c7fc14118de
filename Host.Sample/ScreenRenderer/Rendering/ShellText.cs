using System.Globalization;
using System.Resources;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>The shell's own texts (yes, no, paging, status titles) from <c>ShellText.resx</c> and its translations.</summary>
internal static class ShellText
{
    public static ResourceManager Resources { get; } = new("Crm.ScreenRenderer.Rendering.ShellText", typeof(ShellText).Assembly);

    public static string Get(string name, CultureInfo culture) => Resources.GetString(name, culture) ?? name;
}
