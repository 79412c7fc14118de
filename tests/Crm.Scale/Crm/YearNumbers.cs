using System.Globalization;

namespace Crm.Scale.Crm;

/// <summary>
/// Readable numbers per year as the add-on hands them out (<c>INQ-2026-000123</c>, <c>OPP-2026-000045</c>)
/// from the counter <c>{sequence}:{year}</c> in <c>crm_sequences</c>; remembers each year's last value
/// so the counters can be written past the generated numbers.
/// </summary>
internal sealed class YearNumbers(string prefix, string sequence)
{
    private readonly SortedDictionary<int, long> _last = [];

    public string Next(DateTime createdAt)
    {
        var year = createdAt.Year;
        var value = _last.GetValueOrDefault(year) + 1;
        _last[year] = value;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{value:000000}");
    }

    /// <summary>The <c>crm_sequences</c> rows: name and last value handed out.</summary>
    public IEnumerable<object?[]> SequenceRows() =>
        _last.Select(pair => new object?[] { string.Create(CultureInfo.InvariantCulture, $"{sequence}:{pair.Key}"), pair.Value });
}
