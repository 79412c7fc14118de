using System.Globalization;

namespace Crm.Scale;

/// <summary>
/// The command-line options the generator and the benchmarks share: <c>--name value</c> pairs, and
/// <c>--scale</c>, <c>--seed</c> and <c>--today</c> read the same way in both programs.
/// </summary>
public static class ScaleArguments
{
    /// <summary>
    /// Splits <paramref name="arguments"/> into the values of the options named in
    /// <paramref name="ownOptions"/> (each followed by its value) and everything else, in order.
    /// </summary>
    public static (Dictionary<string, string> Values, List<string> Others) Split(IReadOnlyList<string> arguments, IReadOnlyCollection<string> ownOptions)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(ownOptions);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].StartsWith("--", StringComparison.Ordinal) ? arguments[i][2..] : null;
            if (name is not null && ownOptions.Contains(name) && i + 1 < arguments.Count)
            {
                values[name] = arguments[++i];
            }
            else
            {
                rest.Add(arguments[i]);
            }
        }

        return (values, rest);
    }

    /// <summary>Reads one scale (<c>1.0</c> is the reference), or says what is wrong with it.</summary>
    public static bool TryScale(string text, out double scale, out string? problem)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out scale) && scale > 0 && scale <= 50)
        {
            problem = null;
            return true;
        }

        problem = $"--scale '{text}' must be a number above 0 and at most 50 (1.0 is the reference scale).";
        return false;
    }

    /// <summary>
    /// Reads <c>--seed</c> (default <see cref="ScaleSettings.DefaultSeed"/>) and <c>--today</c>
    /// (default today, UTC) from <paramref name="values"/>, or says which one is wrong.
    /// </summary>
    public static bool TrySeedAndDay(IReadOnlyDictionary<string, string> values, out int seed, out DateOnly today, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(values);
        today = DateOnly.FromDateTime(DateTime.UtcNow);
        seed = ScaleSettings.DefaultSeed;
        if (values.TryGetValue("seed", out var seedText) && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problem = "--seed must be a whole number.";
            return false;
        }

        if (values.TryGetValue("today", out var day) && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            problem = "--today must be a date yyyy-MM-dd.";
            return false;
        }

        problem = null;
        return true;
    }
}
