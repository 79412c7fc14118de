namespace Crm.Abstractions.Sales;

/// <summary>Sales targets per rep, month and currency. Managers set their team's; reps and finance read.</summary>
public interface ISalesTargets
{
    /// <summary>The targets of the months <paramref name="fromMonth"/> to <paramref name="toMonth"/> (<c>yyyy-MM</c>, inclusive) the user may see, optionally of one owner.</summary>
    /// <exception cref="Common.CrmValidationException">A month is not <c>yyyy-MM</c> or the range is longer than 36 months.</exception>
    Task<IReadOnlyList<SalesTarget>> ListAsync(string fromMonth, string toMonth, string? owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets one target. <paramref name="version"/> is 0 for a target never set, else the version read.
    /// A SalesManager sets their team's targets, an Admin anyone's.
    /// </summary>
    /// <exception cref="Common.CrmValidationException">A field is invalid (named in the exception).</exception>
    /// <exception cref="Common.CrmConflictException">Someone set the target since <paramref name="version"/>.</exception>
    Task<SalesTarget> SetAsync(string owner, string month, string currency, decimal amount, int version, CancellationToken cancellationToken = default);
}
