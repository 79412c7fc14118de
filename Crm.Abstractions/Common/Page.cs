namespace Crm.Abstractions.Common;

/// <summary>One page of a longer list.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Items">The rows of this page, in the list's order.</param>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="PageSize">Requested rows per page.</param>
/// <param name="TotalCount">Rows in the whole list.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount)
{
    /// <summary>Number of pages in the whole list.</summary>
    public long PageCount => TotalCount == 0 ? 0 : ((TotalCount - 1) / PageSize) + 1;

    /// <summary>
    /// True when counting stopped: the list has more than <see cref="TotalCount"/> rows ("more than
    /// 1,000"). A search over a large ERP counts its matches only up to a limit, so that a common
    /// word does not cost a count of every customer.
    /// </summary>
    public bool TotalCountCapped { get; init; }
}
