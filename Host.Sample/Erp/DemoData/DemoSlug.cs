using System.Text;

namespace Host.Sample.Erp.DemoData;

/// <summary>Turns a name into the ASCII an e-mail address would use: Schäfer → schaefer, O'Brien → obrien.</summary>
internal static class DemoSlug
{
    public static string From(string name)
    {
        // Umlauts are transliterated, not stripped, the way German companies spell their domains;
        // other accents fall apart into letter and mark under FormD, and the mark is dropped.
        var expanded = name
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal)
            .Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(expanded.Length);
        foreach (var c in expanded.Where(char.IsAsciiLetterOrDigit))
        {
            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.ToString();
    }
}
