namespace Crm.Abstractions.Inquiries;

/// <summary>One service target of an inquiry (first response or resolution) as of a moment.</summary>
/// <param name="DueAt">When the target falls due (moves later while the clock is paused).</param>
/// <param name="MetAt">When the target was met (first response given, inquiry resolved), if it was.</param>
/// <param name="IsPaused">True while the inquiry waits on the customer.</param>
/// <param name="IsAtRisk">True when most of the target's business time is used and it is not yet met.</param>
/// <param name="IsBreached">True when it fell due before it was met.</param>
public sealed record ServiceTargetState(DateTimeOffset DueAt, DateTimeOffset? MetAt, bool IsPaused, bool IsAtRisk, bool IsBreached);
