namespace Crm.Module.Sales.Leads;

/// <summary>
/// Legal forms that say nothing about which company it is, as folded words (see
/// <see cref="MatchKeys.Words"/>). Any of them is dropped at the end of a name; the Korean ones also
/// at the start (<c>주식회사 한빛</c>, <c>(주)한빛</c>), where Korean writes them, even without a blank.
/// </summary>
internal static class LegalForms
{
    private static readonly string[] Written =
    [
        "GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH & Co. OHG", "UG (haftungsbeschränkt) & Co. KG", "UG (haftungsbeschränkt)", "gGmbH", "GmbH", "mbH", "AG", "KGaA", "KG",
        "OHG", "GbR", "e.K.", "e.Kfm.", "e.V.", "eG", "UG", "Co., Ltd.", "Pty Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "LLP", "Inc.", "Incorporated",
        "Corp.", "Corporation", "Co.", "Company", "PLC", "S.A.", "S.A.S.", "SARL", "S.à r.l.", "S.r.l.", "S.p.A.", "B.V.", "N.V.", "A/S", "AB", "Oy",
        "주식회사", "(주)", "㈜", "유한회사", "(유)", "합자회사", "합명회사",
    ];

    private static readonly string[] KoreanGlued = ["주식회사", "유한회사", "합자회사", "합명회사"];

    // Longest first, so "GmbH & Co. KG" goes as a whole before "KG" alone.
    private static readonly string[][] Forms = [.. Written.Select(w => MatchKeys.Words(w).ToArray()).Distinct(new SequenceComparer()).OrderByDescending(f => f.Length)];

    private static readonly HashSet<string> KoreanWords = ["주식회사", "주", "유한회사", "유", "합자회사", "합명회사"];

    /// <summary>Removes legal forms from both ends of <paramref name="words"/>, leaving at least one word.</summary>
    public static void Strip(List<string> words)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var form in Forms)
            {
                if (words.Count > form.Length && words[^form.Length..].SequenceEqual(form))
                {
                    words.RemoveRange(words.Count - form.Length, form.Length);
                    changed = true;
                }
            }

            if (words.Count > 1 && KoreanWords.Contains(words[0]))
            {
                words.RemoveAt(0);
                changed = true;
            }

            changed |= UnglueKorean(words);
        }
        while (changed);
    }

    // 주식회사한빛 and 한빛주식회사: Korean often writes the form without a blank.
    private static bool UnglueKorean(List<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var form in KoreanGlued)
        {
            if (words[0].Length > form.Length && words[0].StartsWith(form, StringComparison.Ordinal))
            {
                words[0] = words[0][form.Length..];
                return true;
            }

            if (words[^1].Length > form.Length && words[^1].EndsWith(form, StringComparison.Ordinal))
            {
                words[^1] = words[^1][..^form.Length];
                return true;
            }
        }

        return false;
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
