using System.Globalization;
using System.Text;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// The normalized forms two records are compared by to find duplicates: e-mail (case and an
/// international domain's spelling ignored), phone (digits with country code, national trunk prefix
/// dropped) and company name (Unicode-folded, punctuation, blanks and legal forms removed). Stored in
/// indexed columns of <c>crm_leads</c>; computed the same way for ERP customers.
/// </summary>
internal static class MatchKeys
{
    // International dialling codes and national trunk prefixes. A number written nationally is
    // turned into the international form with the lead's country; countries whose leading 0 is part
    // of the number (Italy) have no trunk prefix.
    private static readonly Dictionary<string, (string Code, string Trunk)> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = ("49", "0"), ["AT"] = ("43", "0"), ["CH"] = ("41", "0"), ["KR"] = ("82", "0"), ["GB"] = ("44", "0"),
        ["US"] = ("1", "1"), ["CA"] = ("1", "1"), ["FR"] = ("33", "0"), ["NL"] = ("31", "0"), ["BE"] = ("32", "0"),
        ["IT"] = ("39", string.Empty), ["ES"] = ("34", string.Empty), ["PL"] = ("48", string.Empty), ["JP"] = ("81", "0"),
        ["CN"] = ("86", "0"), ["SE"] = ("46", "0"), ["DK"] = ("45", string.Empty), ["NO"] = ("47", string.Empty),
        ["FI"] = ("358", "0"), ["IE"] = ("353", "0"), ["LU"] = ("352", string.Empty), ["AU"] = ("61", "0"),
        ["IN"] = ("91", "0"), ["CZ"] = ("420", string.Empty), ["PT"] = ("351", string.Empty),
    };

    // Codes of countries with a trunk 0, longest first: "+49 (0)30" and "+49 030" drop that 0.
    private static readonly string[] TrunkZeroCodes = [.. Countries.Values.Where(c => c.Trunk == "0").Select(c => c.Code).Distinct().OrderByDescending(c => c.Length)];

    private static readonly IdnMapping Idn = new();

    /// <summary>The e-mail key: trimmed, lower case, the domain in its ASCII (punycode) form; null when not an address.</summary>
    public static string? Email(string? email)
    {
        var text = email?.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var at = text?.LastIndexOf('@') ?? -1;
        if (text is null || at <= 0 || at == text.Length - 1)
        {
            return null;
        }

        return text[..(at + 1)] + AsciiDomain(text[(at + 1)..]);
    }

    /// <summary>The same address with its domain in Unicode, as an ERP may have stored it.</summary>
    public static string UnicodeEmail(string emailKey)
    {
        var at = emailKey.LastIndexOf('@');
        try
        {
            return emailKey[..(at + 1)] + Idn.GetUnicode(emailKey[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            return emailKey;
        }
    }

    /// <summary>
    /// The phone key: digits with the country code and without trunk prefix, e.g. <c>49301234567</c>
    /// for <c>+49 30 1234567</c>, <c>0049-30-1234567</c> and (in Germany) <c>030 1234567</c>. A national
    /// number of an unknown country stays as its digits. Null for fewer than 6 digits typed or more than 20 in the key.
    /// </summary>
    public static string? Phone(string? phone, string? country)
    {
        var text = phone?.Trim().Normalize(NormalizationForm.FormKC);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var international = text.StartsWith('+');
        var digits = new string([.. text.Replace("(0)", string.Empty, StringComparison.Ordinal).Where(char.IsAsciiDigit)]);
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        if (digits.Length < 6)
        {
            return null;
        }

        if (international)
        {
            var code = TrunkZeroCodes.FirstOrDefault(c => digits.StartsWith(c + "0", StringComparison.Ordinal));
            if (code is not null)
            {
                digits = code + digits[(code.Length + 1)..];
            }
        }
        else if (country is not null && Countries.TryGetValue(country, out var dialling))
        {
            var national = dialling.Trunk.Length > 0 && digits.StartsWith(dialling.Trunk, StringComparison.Ordinal) ? digits[dialling.Trunk.Length..] : digits;
            digits = dialling.Code + national;
        }

        return digits.Length <= 20 ? digits : null;
    }

    /// <summary>
    /// The company key: Unicode NFKC, lower case (ß as ss), every character that is not a letter or
    /// digit removed, legal forms (GmbH, Ltd., Inc., 주식회사, (주) …) dropped at either end.
    /// <c>Müller GmbH &amp; Co. KG</c> and <c>MÜLLER</c> give <c>müller</c>; <c>(주)한빛상사</c>,
    /// <c>㈜한빛상사</c> and <c>한빛상사 주식회사</c> give <c>한빛상사</c>. Null when fewer than 2 characters remain.
    /// </summary>
    public static string? Company(string? name)
    {
        var tokens = CompanyTokens(name);
        var key = string.Concat(tokens).Replace("ß", "ss", StringComparison.Ordinal);
        return key.Length >= 2 ? key : null;
    }

    /// <summary>The longest word of the company name without legal forms, to narrow candidates with LIKE; null when none.</summary>
    public static string? CompanySearchWord(string? name) =>
        CompanyTokens(name).OrderByDescending(t => t.Length).FirstOrDefault(t => t.Length >= 2);

    /// <summary>The last digits of a phone key: every notation of the same number ends with them.</summary>
    public static string PhoneTail(string phoneKey) => phoneKey.Length > 8 ? phoneKey[^8..] : phoneKey;

    private static List<string> CompanyTokens(string? name)
    {
        var words = Words(name);
        LegalForms.Strip(words);
        return words;
    }

    /// <summary>Folded words of a name: NFKC, lower case, split at every character that is not a letter or digit.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string AsciiDomain(string domain)
    {
        try
        {
            return Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return domain;
        }
    }
}
