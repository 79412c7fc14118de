using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ErpCrm.Automotive.Vehicles;

/// <summary>
/// Vehicle identification numbers (ISO 3779): 17 capital letters and digits, never I, O or Q (they
/// would be mistaken for 1 and 0). The check digit at position 9 is only mandatory in North America,
/// so it is not demanded here; a European dealer sells cars without one.
/// </summary>
internal static partial class Vin
{
    public const string Pattern = "^[A-HJ-NPR-Z0-9]{17}$";

    public const int Length = 17;

    /// <summary>Whether <paramref name="text"/> is a VIN as stored: exactly 17 allowed characters.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => text is not null && WholeVin().IsMatch(text);

    /// <summary>
    /// The VIN written in free text such as an ERP order line's description ("Golf 1.5 TSI,
    /// VIN WVWZZZ1KZNW000123"), or null. A run of 17 allowed characters counts only with a letter and
    /// a digit in it, so an article number of 17 digits is not mistaken for a VIN.
    /// </summary>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (Match match in VinInText().Matches(text.ToUpperInvariant()))
        {
            if (match.Value.Any(char.IsAsciiLetter) && match.Value.Any(char.IsAsciiDigit))
            {
                return match.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex WholeVin();

    [GeneratedRegex(@"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex VinInText();
}
