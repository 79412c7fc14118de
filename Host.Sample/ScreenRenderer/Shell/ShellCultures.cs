using System.Globalization;

namespace Crm.ScreenRenderer.Shell;

/// <summary>
/// The languages the shell offers. English is British English: day-month-year dates and the 24-hour
/// clock, as the German and Korean users of the same ERP expect, rather than the US month-first form.
/// </summary>
public static class ShellCultures
{
    /// <summary>The culture used when nothing else decides.</summary>
    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The offered cultures, the default first.</summary>
    public static IReadOnlyList<CultureInfo> All { get; } =
        [Default, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("ko-KR")];

    /// <summary>The offered culture of the same language as <paramref name="name"/> (<c>de</c>, <c>de-AT</c> → de-DE); null when none is.</summary>
    public static CultureInfo? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        CultureInfo asked;
        try
        {
            asked = CultureInfo.GetCultureInfo(name.Trim());
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        return All.FirstOrDefault(c => c.Name.Equals(asked.Name, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(c => c.TwoLetterISOLanguageName == asked.TwoLetterISOLanguageName);
    }
}
