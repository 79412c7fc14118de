using System.Globalization;
using Crm.Abstractions.Common;

namespace Crm.Module.Validation;

/// <summary>
/// Collects what is wrong with a request, field by field, so the caller hears about every bad field
/// at once; <see cref="ThrowIfAny"/> runs before anything is written.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>
    /// Trims <paramref name="value"/> and checks it: required or not, at most <paramref name="maxLength"/>
    /// characters, no control characters (line breaks and tabs allowed when <paramref name="multiLine"/>).
    /// Returns null for an empty optional value.
    /// </summary>
    public string? Text(string field, string? value, int maxLength, bool required = false, bool multiLine = false)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, Messages.FieldRequired);
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, string.Format(CultureInfo.CurrentCulture, Messages.TextTooLong, maxLength));
        }

        if (text.Any(c => char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t')))
        {
            Add(field, Messages.NoControlCharacters);
        }

        return text;
    }

    /// <summary>An ISO 4217 code, upper-cased (<c>eur</c> → <c>EUR</c>); null when empty and optional.</summary>
    public string? Currency(string field, string? value, bool required = false)
    {
        var code = Text(field, value, 3, required)?.ToUpperInvariant();
        if (code is not null && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
        {
            Add(field, Messages.CurrencyCode);
        }

        return code;
    }

    /// <summary>A calendar month as <c>yyyy-MM</c>; null when empty and optional.</summary>
    public string? Month(string field, string? value, bool required = false)
    {
        var month = Text(field, value, 7, required);
        if (month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            Add(field, Messages.MonthFormat);
        }

        return month;
    }

    /// <summary>
    /// A money amount the CRM tables can hold exactly (decimal(19,4)): not negative, at most four
    /// decimal places, below 10^15.
    /// </summary>
    public decimal? Amount(string field, decimal? value, bool required = false)
    {
        switch (value)
        {
            case null when required:
                Add(field, Messages.FieldRequired);
                break;
            case < 0:
                Add(field, Messages.AmountNegative);
                break;
            case >= 1_000_000_000_000_000m:
                Add(field, Messages.AmountTooLarge);
                break;
            case { } amount when amount.Scale > 4 && decimal.Round(amount, 4) != amount:
                Add(field, Messages.AmountDecimalPlaces);
                break;
        }

        return value;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new CrmValidationException(_errors);
        }
    }
}
