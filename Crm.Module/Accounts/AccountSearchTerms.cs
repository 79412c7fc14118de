using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Accounts;

/// <summary>
/// What one search box entry means: a key prefix, a name or e-mail fragment, a phone number typed
/// with or without spaces, dashes and country prefix. Values are LIKE patterns with wildcards escaped.
/// </summary>
internal sealed record AccountSearchTerms(string? Contains, string? KeyPrefix, long? KeyNumber, string? PhoneDigits)
{
    public const int MaxLength = 100;

    public static AccountSearchTerms Parse(string? search, ErpKeyType keyType)
    {
        var text = search?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new AccountSearchTerms(null, null, null, null);
        }

        if (text.Length > MaxLength)
        {
            throw new CrmValidationException("search", string.Format(CultureInfo.CurrentCulture, Messages.TextTooLong, MaxLength));
        }

        if (text.Any(char.IsControl))
        {
            throw new CrmValidationException("search", Messages.NoControlCharacters);
        }

        var escaped = EscapeLike(text);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var looksLikePhone = digits.Length >= 3 && text.All(c => char.IsAsciiDigit(c) || " +-/()".Contains(c, StringComparison.Ordinal));
        return new AccountSearchTerms(
            Contains: "%" + escaped + "%",
            KeyPrefix: keyType == ErpKeyType.Number ? null : escaped + "%",
            KeyNumber: keyType == ErpKeyType.Number && long.TryParse(text, out var number) ? number : null,
            PhoneDigits: looksLikePhone ? "%" + digits.TrimStart('0') + "%" : null);
    }

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
