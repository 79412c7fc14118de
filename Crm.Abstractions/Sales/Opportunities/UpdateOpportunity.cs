namespace Crm.Abstractions.Sales;

/// <summary>
/// Changes to an open opportunity: only the fields that are not null change. A changed close date
/// is recorded in the close-date history (slipped deals).
/// </summary>
/// <param name="Version">The version the caller read.</param>
/// <param name="Name">New name.</param>
/// <param name="Amount">New amount, 0 or more.</param>
/// <param name="Currency">New ISO 4217 currency.</param>
/// <param name="ExpectedCloseDate">New expected close date.</param>
/// <param name="Probability">New probability, 0 to 100 (overrides the stage's default until the next stage move).</param>
/// <param name="Owner">New owner: a manager within their team, an Admin anyone, a rep only themselves.</param>
/// <param name="Reference">New customer reference.</param>
public sealed record UpdateOpportunity(
    int Version,
    string? Name = null,
    decimal? Amount = null,
    string? Currency = null,
    DateOnly? ExpectedCloseDate = null,
    int? Probability = null,
    string? Owner = null,
    string? Reference = null);
