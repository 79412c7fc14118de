namespace Crm.Abstractions.Sales;

/// <summary>
/// What an account earned over the segment window, in its main currency, from order lines whose
/// cost the ERP records. Absent (null) where the mapping has no cost or any line lacks one: an
/// unknown cost is never taken as zero.
/// </summary>
/// <param name="Currency">The account's main currency (see <see cref="AccountSegment.Currency"/>).</param>
/// <param name="Revenue">Sum of the line totals.</param>
/// <param name="Cost">Sum of quantity × unit cost.</param>
/// <param name="Margin">Revenue − cost.</param>
/// <param name="MarginPercent">Margin as a percentage of revenue, rounded to 2 decimals; null when revenue is 0.</param>
public sealed record AccountProfitability(string? Currency, decimal Revenue, decimal Cost, decimal Margin, decimal? MarginPercent);
