namespace Crm.Abstractions.Sales;

/// <summary>What happened to an opportunity over time: the stages it visited and how its close date moved.</summary>
/// <param name="Stages">Stage visits, oldest first; the current one has no <see cref="StageVisit.LeftAt"/> while open.</param>
/// <param name="CloseDates">Changes of the expected close date, oldest first.</param>
public sealed record OpportunityHistory(IReadOnlyList<StageVisit> Stages, IReadOnlyList<CloseDateChange> CloseDates);

/// <summary>One stay of an opportunity in a stage.</summary>
/// <param name="StageCode">The stage.</param>
/// <param name="Probability">The probability on entering it.</param>
/// <param name="EnteredAt">When it entered.</param>
/// <param name="LeftAt">When it left (moved on, won or lost); null while it is there.</param>
/// <param name="By">Who moved it there.</param>
public sealed record StageVisit(string StageCode, int Probability, DateTimeOffset EnteredAt, DateTimeOffset? LeftAt, string By);

/// <summary>The expected close date moved.</summary>
/// <param name="OldDate">Before.</param>
/// <param name="NewDate">After.</param>
/// <param name="ChangedAt">When.</param>
/// <param name="By">Who.</param>
public sealed record CloseDateChange(DateOnly OldDate, DateOnly NewDate, DateTimeOffset ChangedAt, string By);
