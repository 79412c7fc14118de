using Crm.Abstractions.Common;

namespace Crm.Module.Validation;

/// <summary>
/// Collects what is wrong with a request, field by field, so the caller hears about every bad field
/// at once; <see cref="ThrowIfAny"/> runs before anything is written.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

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
                Add(field, "Is required.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"Must be at most {maxLength} characters.");
        }

        if (text.Any(c => char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t')))
        {
            Add(field, "Must not contain control characters.");
        }

        return text;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new CrmValidationException(_errors);
        }
    }
}
