namespace Crm.Abstractions.Sales;

/// <summary>One opportunity to mark lost in bulk.</summary>
/// <param name="Id">The opportunity.</param>
/// <param name="Version">The version the caller read; null skips the check for this one.</param>
public sealed record BulkLossItem(long Id, int? Version = null);

/// <summary>
/// The outcome of a bulk loss. All or nothing: <see cref="Applied"/> is true only when every
/// opportunity was marked lost; otherwise none was, and the items say which ones stood in the way.
/// </summary>
/// <param name="Applied">Whether the opportunities were marked lost.</param>
/// <param name="Items">One outcome per requested id, in request order.</param>
public sealed record BulkLossResult(bool Applied, IReadOnlyList<BulkLossOutcome> Items);

/// <summary>The outcome for one opportunity of a bulk loss.</summary>
/// <param name="Id">The opportunity.</param>
/// <param name="Problem">Why it could not be marked lost (not found, not yours, not open, changed since the version read); null when it could be (or was).</param>
/// <param name="Version">Its version after the loss, when applied.</param>
public sealed record BulkLossOutcome(long Id, string? Problem, int? Version);
