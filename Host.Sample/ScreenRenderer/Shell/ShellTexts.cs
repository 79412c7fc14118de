using System.Globalization;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The few texts the shell itself says (not a screen's labels), in the offered languages.</summary>
internal static class ShellTexts
{
    private static readonly Dictionary<string, (string Done, string NotFound, string Forbidden, string Failed)> ByLanguage = new()
    {
        ["en"] = ("Done", "This screen does not exist.", "You may not open this screen.", "The screen could not be shown."),
        ["de"] = ("Erledigt", "Diese Maske gibt es nicht.", "Sie dürfen diese Maske nicht öffnen.", "Die Maske konnte nicht angezeigt werden."),
        ["ko"] = ("완료되었습니다", "이 화면은 없습니다.", "이 화면을 열 권한이 없습니다.", "화면을 표시할 수 없습니다."),
    };

    public static string Done(CultureInfo culture) => For(culture).Done;

    /// <summary>What to say when the API answered <paramref name="statusCode"/> for a screen's definition or data.</summary>
    public static string Problem(CultureInfo culture, int statusCode) => statusCode switch
    {
        404 => For(culture).NotFound,
        403 => For(culture).Forbidden,
        _ => For(culture).Failed,
    };

    private static (string Done, string NotFound, string Forbidden, string Failed) For(CultureInfo culture) =>
        ByLanguage.TryGetValue(culture.TwoLetterISOLanguageName, out var texts) ? texts : ByLanguage["en"];
}
