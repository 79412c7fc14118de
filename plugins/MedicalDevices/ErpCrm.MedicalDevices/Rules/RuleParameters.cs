using System.Globalization;

namespace ErpCrm.MedicalDevices.Rules;

/// <summary>
/// Reads a rule's or job's text parameters with defaults. A value that is set but wrong stops the
/// run with a message naming the setting: a typo in a vigilance or calibration setting must be seen,
/// not silently replaced by the default.
/// </summary>
internal sealed class RuleParameters(string owner, IReadOnlyDictionary<string, string> values)
{
    public int Number(string name, int defaultValue, int minimum, int maximum)
    {
        if (!values.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        throw new InvalidOperationException($"Parameter '{name}' of {owner} must be a whole number from {minimum} to {maximum}, not '{text}'.");
    }

    /// <summary>A comma-separated list, e.g. product key prefixes <c>DEV-,MED-</c>.</summary>
    public IReadOnlyList<string> List(string name, string defaultValue)
    {
        var text = values.TryGetValue(name, out var configured) && !string.IsNullOrWhiteSpace(configured) ? configured : defaultValue;
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A text value, or null when not set.</summary>
    public string? Text(string name) =>
        values.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
