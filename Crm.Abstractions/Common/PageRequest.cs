namespace Crm.Abstractions.Common;

/// <summary>A page of a list, counted from 1. An out-of-range page cannot be constructed.</summary>
public sealed record PageRequest
{
    /// <summary>Creates a page request.</summary>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <exception cref="CrmValidationException">A value is out of range (fields <c>page</c>, <c>pageSize</c>).</exception>
    public PageRequest(int page, int pageSize)
    {
        Page = page >= 1 ? page : throw new CrmValidationException("page", ContractMessages.PageTooSmall);
        PageSize = pageSize is >= 1 and <= MaxPageSize
            ? pageSize
            : throw new CrmValidationException("pageSize", WholeNumberRange(1, MaxPageSize));
    }

    /// <summary>1-based page number.</summary>
    public int Page { get; }

    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; }

    /// <summary>The largest page any list hands out.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size used when the caller does not choose one.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The first page with the default size.</summary>
    public static PageRequest First { get; } = new(1, DefaultPageSize);

    /// <summary>Rows to skip before this page.</summary>
    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>
    /// Reads a page request from raw query-string values, naming the offending parameter when one is
    /// not a whole number in range. Missing values take the defaults.
    /// </summary>
    /// <exception cref="CrmValidationException">A value is not a number or out of range.</exception>
    public static PageRequest Parse(string? page, string? pageSize, string pageField = "page", string pageSizeField = "pageSize")
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParseField(page, 1, 1, int.MaxValue, pageField, errors);
        var size = ParseField(pageSize, DefaultPageSize, 1, MaxPageSize, pageSizeField, errors);
        if (errors.Count > 0)
        {
            throw new CrmValidationException(errors);
        }

        return new PageRequest(pageNumber, size);
    }

    private static int ParseField(string? raw, int fallback, int min, int max, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            errors[field] = [WholeNumberRange(min, max)];
            return fallback;
        }

        return value;
    }

    private static string WholeNumberRange(int min, int max) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, ContractMessages.WholeNumberRange, min, max);
}
